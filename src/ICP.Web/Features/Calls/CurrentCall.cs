using ICP.Domain.Programme;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Calls;

/// <summary>
/// The one way to reach the call the portal serves (<c>Programme:CallCode</c>). Entities come in
/// named shapes (<see cref="CallShape"/>), each with the extensions the deadline in force needs, so
/// that <c>Call.WindowFor</c> and <c>Call.CurrentDeadline</c> are never asked of a call loaded
/// without them (the domain throws <see cref="CallPartNotLoadedException"/> if they were); reads
/// that project start from <see cref="Query"/>, which holds the one definition of which call that is
/// for each audience. Every load of the call's reference data passes through
/// <see cref="LoadCoreAsync"/> or <see cref="PublicAsync"/>, so a cache of it has two places to sit.
/// </summary>
public sealed class CurrentCall(IcpDbContext db, IOptions<ProgrammeOptions> options, CallCache cache)
{
    private int? _id;

    /// <summary>The code of the call the portal serves.</summary>
    public string Code => options.Value.CallCode;

    /// <summary>
    /// The current call as a query (not tracked), for reads that project it with what their page
    /// shows: for <see cref="CallAudience.Public"/> only while it is published.
    /// </summary>
    public IQueryable<Call> Query(CallAudience audience) => Filter(db.Calls.AsNoTracking(), audience);

    /// <summary>The current call's id, whatever its status (read once per request).</summary>
    public async Task<int> IdAsync(CancellationToken cancellationToken) =>
        _id ??= await Query(CallAudience.Staff).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken) ?? throw Missing();

    /// <summary>The current call in <paramref name="shape"/>, not tracked; null when the audience may not see it.</summary>
    public Task<Call?> FindAsync(CallShape shape, CallAudience audience, CancellationToken cancellationToken) =>
        LoadCoreAsync(shape, audience, tracked: false, cancellationToken);

    /// <summary>The current call in <paramref name="shape"/>, not tracked, for reads and decisions that change nothing on it.</summary>
    public async Task<Call> LoadAsync(CallShape shape, CallAudience audience, CancellationToken cancellationToken) =>
        await LoadCoreAsync(shape, audience, tracked: false, cancellationToken) ?? throw Missing();

    /// <summary>The current call in <paramref name="shape"/>, tracked, for a write unit that changes it (staff only).</summary>
    public async Task<Call> LoadForChangeAsync(CallShape shape, CancellationToken cancellationToken) =>
        await LoadCoreAsync(shape, CallAudience.Staff, tracked: true, cancellationToken) ?? throw Missing();

    /// <summary>
    /// What every public page shows of the published call, in one query: its texts, dates, the
    /// extensions (for the deadline in force), themes and phases. Null when it is not published.
    /// Kept in memory between requests (<see cref="CallCache"/>), evicted when staff change it.
    /// </summary>
    public Task<PublicCall?> PublicAsync(CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync("public-call:" + Code, LoadPublicAsync, cancellationToken);

    private async Task<PublicCall?> LoadPublicAsync(CancellationToken cancellationToken) =>
        await Query(CallAudience.Public)
            .Select(c => new PublicCall(
                c.Id, c.Code, c.Title, c.ShortTitle, c.Summary, c.ManagedBy, c.OpensAt, c.Deadline, c.TimeZoneId,
                c.DeadlineExtensions.Select(e => new ExtensionMove(e.PreviousDeadline, e.NewDeadline)).ToList(),
                c.Themes.OrderBy(t => t.Order).Select(t => new ThemeText(t.Id, t.Slug, t.Name, t.Description)).ToList(),
                c.Phases.OrderBy(p => p.Order).ToList()))
            .AsSingleQuery() // themes × phases is a few dozen rows: cheaper than a second round trip
            .SingleOrDefaultAsync(cancellationToken);

    private async Task<Call?> LoadCoreAsync(CallShape shape, CallAudience audience, bool tracked, CancellationToken cancellationToken)
    {
        var query = Filter(tracked ? db.Calls.AsTracking() : db.Calls.AsNoTracking(), audience)
            .Include(c => c.DeadlineExtensions)
            .Include(c => c.IndividualExtensions);
        IQueryable<Call> shaped = query;
        if (shape.HasFlag(CallShape.ThemesAndPhases))
        {
            shaped = shaped.Include(c => c.Themes).Include(c => c.Phases);
        }

        if (shape.HasFlag(CallShape.QuotaGroups))
        {
            shaped = shaped.Include(c => c.QuotaGroups).ThenInclude(g => g.Territories);
        }

        if (shape.HasFlag(CallShape.Criteria))
        {
            shaped = shaped.Include(c => c.Criteria);
        }

        if (shape.HasFlag(CallShape.Objectives))
        {
            shaped = shaped.Include(c => c.Objectives);
        }

        var call = await shaped.AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
        _id ??= call?.Id;
        return call;
    }

    private IQueryable<Call> Filter(IQueryable<Call> calls, CallAudience audience)
    {
        var code = Code;
        var current = calls.Where(c => c.Code == code);
        return audience == CallAudience.Public ? current.Where(c => c.Status == CallStatus.Published) : current;
    }

    private InvalidOperationException Missing() =>
        new($"Programme:CallCode names call '{Code}', which is not in the database (or not published, for the public).");
}
