using ICP.Domain.Common;
using ICP.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Activities;

/// <summary>An activity's outputs: the staff list, and the files for staff and (public ones only) for anyone.</summary>
public sealed class ActivityOutputQueries(IcpDbContext db)
{
    /// <summary>Every output of the activity, in the order they were added.</summary>
    public async Task<IReadOnlyList<ActivityOutputItem>> StaffListAsync(int activityId, CancellationToken cancellationToken) =>
        await db.ActivityOutputs.AsNoTracking().Where(o => o.ActivityId == activityId).OrderBy(o => o.AddedAt).ThenBy(o => o.Id)
            .Select(o => new ActivityOutputItem(o.Id, o.Kind, o.Title, o.Link, o.FileName, o.SizeBytes, o.IsPublic, o.AddedAt, o.ConcurrencyToken))
            .ToListAsync(cancellationToken);

    /// <summary>An output's file for staff, public or not; not found for a link or another activity's id.</summary>
    public Task<(string StorageKey, string FileName)> StaffFileAsync(int activityId, int outputId, CancellationToken cancellationToken) =>
        FileAsync(db.ActivityOutputs.Where(o => o.Id == outputId && o.ActivityId == activityId), outputId, cancellationToken);

    /// <summary>
    /// A public output's file of a public activity, for anyone; an output that is not public (or of an
    /// activity that is not) is not found, so its id reveals nothing.
    /// </summary>
    public Task<(string StorageKey, string FileName)> PublicFileAsync(int activityId, int outputId, CancellationToken cancellationToken) =>
        FileAsync(
            db.ActivityOutputs.Where(o => o.Id == outputId && o.ActivityId == activityId && o.IsPublic && db.Activities.Any(a => a.Id == activityId && a.IsPublic)),
            outputId, cancellationToken);

    private static async Task<(string StorageKey, string FileName)> FileAsync(IQueryable<ICP.Domain.Activities.ActivityOutput> outputs, int outputId, CancellationToken cancellationToken)
    {
        var file = await outputs.AsNoTracking().Where(o => o.StorageKey != null).Select(o => new { o.StorageKey, o.FileName }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Activity output {outputId}");
        return (file.StorageKey!, file.FileName);
    }
}
