using ICP.Domain.Common;
using ICP.Domain.Cooperation;
using ICP.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Cooperation;

/// <summary>The cities' outputs as staff review them and as the public sees those published.</summary>
public sealed class OutputQueries(IcpDbContext db)
{
    /// <summary>Every output handed in, awaiting review first, then the newest.</summary>
    public async Task<IReadOnlyList<OutputRow>> StaffListAsync(CancellationToken cancellationToken)
    {
        var rows = await (from o in db.CityOutputs.AsNoTracking()
                          join a in db.Applications on o.ApplicationId equals a.Id
                          join l in db.LocalAuthorities on a.LocalAuthorityId equals l.Id
                          join t in db.Territories on a.TerritoryCode equals t.Code
                          select new OutputRow(
                              o.Id, new CityCard(a.Id, a.Reference, l.OfficialName, t.Code, t.Name, t.IsEuMemberState, new List<string>()),
                              o.Kind, o.Title, o.FileName, o.SizeBytes, o.UploadedByName, o.UploadedAt, o.State, o.Note, o.ConcurrencyToken))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.State == OutputState.Received ? 0 : 1).ThenByDescending(r => r.UploadedAt).ThenByDescending(r => r.Id)];
    }

    /// <summary>Any output's file, for staff.</summary>
    public async Task<(string StorageKey, string FileName)> StaffFileAsync(int outputId, CancellationToken cancellationToken)
    {
        var file = await db.CityOutputs.AsNoTracking().Where(o => o.Id == outputId).Select(o => new { o.StorageKey, o.FileName }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Output {outputId}");
        return (file.StorageKey, file.FileName);
    }

    /// <summary>The outputs staff published, newest first, for the public page.</summary>
    public async Task<IReadOnlyList<PublishedOutput>> PublishedAsync(CancellationToken cancellationToken)
    {
        var rows = await (from o in db.CityOutputs.AsNoTracking()
                          where o.State == OutputState.Published
                          join a in db.Applications on o.ApplicationId equals a.Id
                          join l in db.LocalAuthorities on a.LocalAuthorityId equals l.Id
                          join t in db.Territories on a.TerritoryCode equals t.Code
                          select new PublishedOutput(o.Id, l.OfficialName, t.Name, o.Kind, o.Title, o.SizeBytes, o.PublishedAt ?? o.UploadedAt))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id)];
    }

    /// <summary>A published output's file, for anyone; an output not published is not found.</summary>
    public async Task<(string StorageKey, string FileName)> PublishedFileAsync(int outputId, CancellationToken cancellationToken)
    {
        var file = await db.CityOutputs.AsNoTracking().Where(o => o.Id == outputId && o.State == OutputState.Published)
            .Select(o => new { o.StorageKey, o.FileName }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Output {outputId}");
        return (file.StorageKey, file.FileName);
    }
}
