using ICP.Domain.Common;
using ICP.Domain.Programme;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Programme;

/// <summary>
/// Reads for the public programme pages. Every fact shown comes from the database; state that
/// depends on time (open or closed, current phase) is computed at the portal's clock.
/// </summary>
public sealed class ProgrammeQueries(IcpDbContext db, TimeProvider clock, IConfiguration configuration)
{
    private string CallCode => configuration.CallCode();

    public async Task<CallSummary?> FindCallAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var call = await db.Calls.AsNoTracking()
            .Where(c => c.Code == CallCode && c.Status == CallStatus.Published)
            .Select(c => new { c.Id, c.Code, c.Title, c.ShortTitle, c.Summary, c.ManagedBy, c.OpensAt, c.Deadline, c.TimeZoneId })
            .SingleOrDefaultAsync(cancellationToken);
        if (call is null)
        {
            return null;
        }

        // The latest deadline set is the one in force, as Call.CurrentDeadline (which the guard uses)
        // says; not the extension granted last, since a simulated clock can grant out of order.
        var extension = await db.DeadlineExtensions.AsNoTracking()
            .Where(e => e.CallId == call.Id)
            .OrderByDescending(e => e.NewDeadline)
            .Select(e => new { e.NewDeadline, e.PreviousDeadline })
            .FirstOrDefaultAsync(cancellationToken);
        var deadline = extension?.NewDeadline ?? call.Deadline;
        var state = new ApplicationWindow(call.OpensAt, deadline).StateAt(now);
        return new CallSummary(call.Id, call.Code, call.Title, call.ShortTitle, call.Summary, call.ManagedBy,
            call.OpensAt, deadline, call.TimeZoneId, state, now, extension?.PreviousDeadline);
    }

    public async Task<HomePage?> GetHomeAsync(CancellationToken cancellationToken = default)
    {
        if (await FindCallAsync(cancellationToken) is not { } call)
        {
            return null;
        }

        var phases = await LoadPhasesAsync(call, cancellationToken);
        return new HomePage(
            call,
            await LoadThemesAsync(call.Id, cancellationToken),
            await LoadQuotaGroupsAsync(call.Id, cancellationToken),
            [.. phases.Where(p => p.Timing == PhaseTiming.Current)]);
    }

    public async Task<ProgrammePage?> GetProgrammeAsync(CancellationToken cancellationToken = default)
    {
        if (await FindCallAsync(cancellationToken) is not { } call)
        {
            return null;
        }

        var objectives = await db.CallObjectives.AsNoTracking()
            .Where(o => o.CallId == call.Id)
            .OrderBy(o => o.Order)
            .Select(o => o.Text)
            .ToListAsync(cancellationToken);
        return new ProgrammePage(
            call,
            objectives,
            await LoadThemesAsync(call.Id, cancellationToken),
            await LoadQuotaGroupsAsync(call.Id, cancellationToken),
            await LoadPhasesAsync(call, cancellationToken));
    }

    public async Task<ThemesPage?> GetThemesAsync(CancellationToken cancellationToken = default)
    {
        if (await FindCallAsync(cancellationToken) is not { } call)
        {
            return null;
        }

        return new ThemesPage(call, await LoadThemesAsync(call.Id, cancellationToken));
    }

    public async Task<CountriesPage?> GetCountriesAsync(CancellationToken cancellationToken = default)
    {
        if (await FindCallAsync(cancellationToken) is not { } call)
        {
            return null;
        }

        return new CountriesPage(call, await LoadQuotaGroupsAsync(call.Id, cancellationToken));
    }

    public async Task<TimelinePage?> GetTimelineAsync(CancellationToken cancellationToken = default)
    {
        if (await FindCallAsync(cancellationToken) is not { } call)
        {
            return null;
        }

        var phases = await LoadPhasesAsync(call, cancellationToken);
        var events = await (
                from e in db.ProgrammeEvents.AsNoTracking()
                where e.CallId == call.Id && e.IsPublic
                join p in db.TimelinePhases on e.PhaseId equals p.Id into phase
                from p in phase.DefaultIfEmpty()
                orderby e.StartsAt
                select new EventItem(e.Title, e.Description, e.Kind, e.StartsAt, e.EndsAt, e.Location, e.IsOnline, p == null ? null : p.Order))
            .ToListAsync(cancellationToken);
        return new TimelinePage(call, phases, events, Today(call));
    }

    public async Task<ApplyPage?> GetApplyAsync(CancellationToken cancellationToken = default)
    {
        if (await FindCallAsync(cancellationToken) is not { } call)
        {
            return null;
        }

        return new ApplyPage(
            call,
            await LoadQuotaGroupsAsync(call.Id, cancellationToken),
            await LoadThemesAsync(call.Id, cancellationToken));
    }

    private static DateOnly Today(CallSummary call) =>
        ZonedTime.DateIn(call.Now, ZonedTime.FindZone(call.TimeZoneId));

    private Task<List<ThemeItem>> LoadThemesAsync(int callId, CancellationToken cancellationToken) =>
        db.Themes.AsNoTracking()
            .Where(t => t.CallId == callId)
            .OrderBy(t => t.Order)
            .Select(t => new ThemeItem(t.Slug, t.Name, t.Description))
            .ToListAsync(cancellationToken);

    private async Task<List<QuotaGroupItem>> LoadQuotaGroupsAsync(int callId, CancellationToken cancellationToken)
    {
        var groups = await db.QuotaGroups.AsNoTracking()
            .Where(g => g.CallId == callId)
            .OrderBy(g => g.Order)
            .Select(g => new
            {
                g.Code,
                g.Name,
                g.Seats,
                g.PerCountryCap,
                Territories = g.Territories
                    .Select(t => new TerritoryItem(t.Code, t.Name, t.OfficialName, t.Kind, t.IsEuMemberState))
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. groups.Select(g => new QuotaGroupItem(
            g.Code, g.Name, g.Seats, g.PerCountryCap,
            [.. g.Territories.OrderBy(t => t.Name, StringComparer.Ordinal)]))];
    }

    private async Task<List<PhaseItem>> LoadPhasesAsync(CallSummary call, CancellationToken cancellationToken)
    {
        var today = Today(call);
        var phases = await db.TimelinePhases.AsNoTracking()
            .Where(p => p.CallId == call.Id)
            .OrderBy(p => p.Order)
            .ToListAsync(cancellationToken);
        return [.. phases.Select(p => new PhaseItem(
            p.Order, p.Kind, p.Title, p.Description, p.StartDate, p.EndDate, p.Venue, p.PlannedDurationDays, p.IsOpenToPublic,
            p.IsCurrentOn(today) ? PhaseTiming.Current : p.IsPastOn(today) ? PhaseTiming.Past : PhaseTiming.Upcoming))];
    }
}
