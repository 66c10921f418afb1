using ICP.Domain.Activities;
using ICP.Domain.Common;
using ICP.Domain.Programme;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Programme;

/// <summary>
/// Reads for the public programme pages. Every fact shown comes from the database; state that
/// depends on time (open or closed, current phase) is computed at the portal's clock. Each page is
/// at most two queries (the call with its deadline in force, themes and phases; then what only
/// that page shows), and says when the clock alone will change it (<see cref="PageFreshness"/>),
/// so that its cached copy is never kept past that instant.
/// </summary>
public sealed class ProgrammeQueries(IcpDbContext db, TimeProvider clock, CurrentCall currentCall)
{
    public async Task<CallSummary?> FindCallAsync(CancellationToken cancellationToken = default) =>
        (await LoadCallAsync(cancellationToken))?.Summary;

    public async Task<HomePage?> GetHomeAsync(CancellationToken cancellationToken = default)
    {
        if (await LoadCallAsync(cancellationToken) is not { } call)
        {
            return null;
        }

        // The countdown shows seconds: the page changes every second while the call is open.
        return new HomePage(
            call.Summary,
            call.Themes,
            await LoadQuotaGroupsAsync(call, cancellationToken),
            [.. call.Phases.Where(p => p.Timing == PhaseTiming.Current)])
        {
            ChangesAt = PageFreshness.Earliest(call.StateChangesAt, call.PhasesChangeAt, PageFreshness.CountdownChangesAt(call.Summary)),
        };
    }

    public async Task<ProgrammePage?> GetProgrammeAsync(CancellationToken cancellationToken = default)
    {
        if (await LoadCallAsync(cancellationToken) is not { } call)
        {
            return null;
        }

        var rows = await currentCall.Query(CallAudience.Public)
            .Select(c => new
            {
                Objectives = c.Objectives.OrderBy(o => o.Order).Select(o => new { o.Id, o.Text }).ToList(),
                Groups = c.QuotaGroups.OrderBy(g => g.Order).Select(g => new QuotaGroupRow(
                    g.Id, g.Code, g.Name, g.Seats, g.PerCountryCap,
                    g.Territories.Select(t => new TerritoryItem(t.Code, t.Name, t.OfficialName, t.Kind, t.IsEuMemberState)).ToList())).ToList(),
            })
            .AsSingleQuery()
            .SingleAsync(cancellationToken);
        return new ProgrammePage(
            call.Summary, [.. rows.Objectives.Select(o => call.Texts.Of(ContentKind.Objective, o.Id, ContentField.Text, o.Text))],
            call.Themes, ToItems(rows.Groups, call.Texts), call.Phases)
        {
            ChangesAt = PageFreshness.Earliest(call.StateChangesAt, call.PhasesChangeAt),
        };
    }

    public async Task<ThemesPage?> GetThemesAsync(CancellationToken cancellationToken = default) =>
        await LoadCallAsync(cancellationToken) is { } call
            ? new ThemesPage(call.Summary, call.Themes) { ChangesAt = call.StateChangesAt }
            : null;

    public async Task<CountriesPage?> GetCountriesAsync(CancellationToken cancellationToken = default)
    {
        if (await LoadCallAsync(cancellationToken) is not { } call)
        {
            return null;
        }

        return new CountriesPage(call.Summary, await LoadQuotaGroupsAsync(call, cancellationToken)) { ChangesAt = call.StateChangesAt };
    }

    public async Task<TimelinePage?> GetTimelineAsync(CancellationToken cancellationToken = default)
    {
        if (await LoadCallAsync(cancellationToken) is not { } call)
        {
            return null;
        }

        // One round trip for both (a handful of rows each): what was recorded, and the activities run.
        var actual = await db.Calls.AsNoTracking().Where(c => c.Id == call.Summary.Id)
            .Select(c => new
            {
                Recorded = db.ProgrammeEvents.Where(e => e.CallId == c.Id && e.IsPublic)
                    .Select(e => new
                    {
                        e.Id, e.Title, e.Description, e.StartsAt, e.EndsAt, e.Location, e.IsOnline,
                        Order = db.TimelinePhases.Where(p => p.Id == e.PhaseId).Select(p => (int?)p.Order).FirstOrDefault(),
                    })
                    .ToList(),
                Activities = db.Activities.Where(a => a.CallId == c.Id && a.IsPublic)
                    .Select(a => new
                    {
                        a.Id, a.Title, a.Kind, a.StartsAt, a.EndsAt, a.Place, a.HostCity,
                        Order = db.TimelinePhases.Where(p => p.Id == a.PhaseId).Select(p => p.Order).FirstOrDefault(),
                    })
                    .ToList(),
            })
            .AsSingleQuery()
            .SingleAsync(cancellationToken);
        var recorded = actual.Recorded;
        var activities = actual.Activities;

        // Programme events are recorded in English only; activities' titles are translatable (ADR 16).
        var events = recorded
            .Select(e => new EventItem(new LocalisedText(e.Title, call.Texts.Culture == "en" ? null : "en"), e.Description, e.StartsAt, e.EndsAt, e.Location, e.IsOnline, e.Order))
            .Concat(activities.Select(a => new EventItem(
                call.Texts.Of(ContentKind.Activity, a.Id, ContentField.Title, a.Title), string.Empty, a.StartsAt, a.EndsAt,
                string.Join(", ", new[] { a.Place, a.HostCity }.Where(s => s.Length > 0)), a.Kind == ActivityKind.OnlineSession, a.Order, a.Id)))
            .OrderBy(e => e.StartsAt)
            .ToList();

        // "Today is ..." changes at midnight in the call's zone, whatever the phases do.
        return new TimelinePage(call.Summary, call.Phases, events, call.Today)
        {
            ChangesAt = PageFreshness.Earliest(call.StateChangesAt, ZonedTime.StartOf(call.Today.AddDays(1), call.Zone)),
        };
    }

    public async Task<ApplyPage?> GetApplyAsync(CancellationToken cancellationToken = default)
    {
        if (await LoadCallAsync(cancellationToken) is not { } call)
        {
            return null;
        }

        return new ApplyPage(call.Summary, await LoadQuotaGroupsAsync(call, cancellationToken), call.Themes)
        {
            ChangesAt = PageFreshness.Earliest(call.StateChangesAt, PageFreshness.CountdownChangesAt(call.Summary)),
        };
    }

    /// <summary>
    /// One query (<see cref="CurrentCall.PublicAsync"/>): the published call, its extensions, themes
    /// and phases; the deadline in force, the window and each phase's timing are asked of the domain
    /// at the portal's clock.
    /// </summary>
    private async Task<LoadedCall?> LoadCallAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await currentCall.PublicAsync(cancellationToken) is not { } call)
        {
            return null;
        }

        // The page's language other than English: a second query, for the call's texts in it.
        var texts = await ContentTexts.LoadAsync(db, call.Id, cancellationToken);
        var window = call.Window;
        var summary = new CallSummary(
            call.Id, call.Code, texts.Of(ContentKind.Call, call.Id, ContentField.Title, call.Title), call.ShortTitle,
            texts.Of(ContentKind.Call, call.Id, ContentField.Summary, call.Summary), texts.Of(ContentKind.Call, call.Id, ContentField.ManagedBy, call.ManagedBy),
            call.OpensAt, window.Deadline, call.TimeZoneId, window.StateAt(now), now, call.ExtendedFrom);
        var zone = ZonedTime.FindZone(call.TimeZoneId);
        var today = ZonedTime.DateIn(now, zone);
        var phases = call.Phases;
        var phasesChangeOn = phases.Select(p => p.NextChangeAfter(today)).Where(d => d is not null).Min();
        return new LoadedCall(
            summary,
            [.. call.Themes.Select(t => new ThemeItem(
                t.Slug, texts.Of(ContentKind.Theme, t.Id, ContentField.Name, t.Name), texts.Of(ContentKind.Theme, t.Id, ContentField.Description, t.Description)))],
            [.. phases.Select(p => new PhaseItem(
                p.Order, p.Kind, texts.Of(ContentKind.Phase, p.Id, ContentField.Title, p.Title), texts.Of(ContentKind.Phase, p.Id, ContentField.Description, p.Description), p.StartDate, p.EndDate, p.Venue, p.PlannedDurationDays, p.IsOpenToPublic,
                p.IsCurrentOn(today) ? PhaseTiming.Current : p.IsPastOn(today) ? PhaseTiming.Past : PhaseTiming.Upcoming))],
            texts,
            zone,
            today,
            window.NextChangeAfter(now),
            phasesChangeOn is { } date ? ZonedTime.StartOf(date, zone) : null);
    }

    private async Task<List<QuotaGroupItem>> LoadQuotaGroupsAsync(LoadedCall call, CancellationToken cancellationToken) =>
        ToItems(await db.QuotaGroups.AsNoTracking()
            .Where(g => g.CallId == call.Summary.Id)
            .OrderBy(g => g.Order)
            .Select(g => new QuotaGroupRow(
                g.Id, g.Code, g.Name, g.Seats, g.PerCountryCap,
                g.Territories.Select(t => new TerritoryItem(t.Code, t.Name, t.OfficialName, t.Kind, t.IsEuMemberState)).ToList()))
            .ToListAsync(cancellationToken), call.Texts);

    private static List<QuotaGroupItem> ToItems(List<QuotaGroupRow> groups, ContentTexts texts) =>
        [.. groups.Select(g => new QuotaGroupItem(
            g.Code, texts.Of(ContentKind.QuotaGroup, g.Id, ContentField.Name, g.Name), g.Seats, g.PerCountryCap,
            [.. g.Territories.OrderBy(t => t.Name, StringComparer.Ordinal)]))];

    private sealed record QuotaGroupRow(int Id, string Code, string Name, int Seats, int? PerCountryCap, List<TerritoryItem> Territories);

    /// <summary>The call as every public page needs it, with the instants its state and its phases change.</summary>
    private sealed record LoadedCall(
        CallSummary Summary, List<ThemeItem> Themes, List<PhaseItem> Phases, ContentTexts Texts, TimeZoneInfo Zone, DateOnly Today,
        DateTimeOffset? StateChangesAt, DateTimeOffset? PhasesChangeAt);
}
