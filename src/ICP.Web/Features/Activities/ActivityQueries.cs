using ICP.Domain.Activities;
using ICP.Domain.Programme;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Calls;
using ICP.Web.Features.Programme;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Activities;

/// <summary>Reads of the cooperation phase's activities: the public pages, the calendars, the staff pages and the export.</summary>
public sealed class ActivityQueries(IcpDbContext db, CurrentCall currentCall, TimeProvider clock)
{
    public Task<int> CallIdAsync(CancellationToken cancellationToken) => currentCall.IdAsync(cancellationToken);

    public async Task<ActivitiesPage> PublicListAsync(CancellationToken cancellationToken)
    {
        var callId = await CallIdAsync(cancellationToken);
        var texts = await ContentTexts.LoadAsync(db, callId, cancellationToken);
        var now = clock.GetUtcNow();
        var items = (await Cards(db.Activities.AsNoTracking().Where(a => a.CallId == callId && a.IsPublic)).ToListAsync(cancellationToken))
            .Select(r => r.ToItem(texts, now)).OrderBy(a => a.StartsAt).ToList();
        return new ActivitiesPage([.. items.Where(a => a.EndsAt > now)], [.. items.Where(a => a.EndsAt <= now).Reverse()])
        {
            ChangesAt = NextChange(items, now),
        };
    }

    /// <summary>A public activity's page; null for an unknown id or an activity not public.</summary>
    public async Task<ActivityPage?> PublicPageAsync(int id, CancellationToken cancellationToken)
    {
        var row = await db.Activities.AsNoTracking().Where(a => a.Id == id && a.IsPublic)
            .Select(a => new
            {
                a.CallId, a.Description, a.PhaseId, a.ThemeSlug, a.Speakers, a.Agenda, a.DelegateLimitPerCity, a.DelegateCutoff,
                a.Kind, a.PlacesForCities, a.CityPlacesReleasedAt,
                Phase = db.TimelinePhases.Where(p => p.Id == a.PhaseId).Select(p => p.Title).FirstOrDefault() ?? string.Empty,
                Theme = db.Themes.Where(t => t.CallId == a.CallId && t.Slug == a.ThemeSlug).Select(t => new { t.Id, t.Name }).FirstOrDefault(),
                Sessions = a.Sessions.OrderBy(s => s.Order).Select(s => new ConferenceSessionItem(s.Title, s.StartsAt, s.EndsAt, s.Speakers)).ToList(),

                // Shown as soon as staff make them public (ADR 22), in the same query as the page.
                Outputs = db.ActivityOutputs.Where(o => o.ActivityId == a.Id && o.IsPublic).OrderBy(o => o.AddedAt).ThenBy(o => o.Id)
                    .Select(o => new ActivityOutputItem(o.Id, o.Kind, o.Title, o.Link, o.FileName, o.SizeBytes, o.IsPublic, o.AddedAt, o.ConcurrencyToken)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var texts = await ContentTexts.LoadAsync(db, row.CallId, cancellationToken);
        var now = clock.GetUtcNow();
        var card = (await Cards(db.Activities.AsNoTracking().Where(a => a.Id == id)).SingleAsync(cancellationToken)).ToItem(texts, now);
        return new ActivityPage(
            card, texts.Of(ContentKind.Activity, id, ContentField.Description, row.Description), texts.Of(ContentKind.Phase, row.PhaseId, ContentField.Title, row.Phase),
            row.Theme is { } theme ? texts.Of(ContentKind.Theme, theme.Id, ContentField.Name, theme.Name) : null,
            row.Speakers, row.Agenda, row.DelegateLimitPerCity, row.DelegateCutoff, row.Sessions)
        {
            ChangesAt = NextChange([card], now),
            Outputs = row.Outputs,
            PlacesKeptForCities = row.Kind == ActivityKind.ClosingConference && row.CityPlacesReleasedAt is null ? row.PlacesForCities : 0,
        };
    }

    /// <summary>The registration form's page; null when the activity is not public or takes no registration.</summary>
    public async Task<RegistrationPage?> RegistrationPageAsync(int id, RegistrationForm form, CancellationToken cancellationToken)
    {
        var row = await Cards(db.Activities.AsNoTracking().Where(a => a.Id == id && a.IsPublic)).SingleOrDefaultAsync(cancellationToken);
        if (row is null || !Activity.TakesRegistrations(row.Kind, row.IsPublic))
        {
            return null;
        }

        var card = row.ToItem(await ContentTexts.LoadAsync(db, row.CallId, cancellationToken), clock.GetUtcNow());
        return new RegistrationPage(id, card.Title, card.StartsAt, card.RegistrationOpen, card.PlacesLeft, form);
    }

    /// <summary>The page a confirm or cancel link opens; null when no registration has that link.</summary>
    public async Task<RegistrationLinkPage?> LinkPageAsync(string? token, bool cancel, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = RegistrationToken.Hash(token);
        var registrations = db.ActivityRegistrations.AsNoTracking();
        var found = await (cancel ? registrations.Where(r => r.CancelTokenHash == hash) : registrations.Where(r => r.ConfirmTokenHash == hash))
            .Select(r => new { r.ActivityId, r.Status })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var row = await Cards(db.Activities.AsNoTracking().Where(a => a.Id == found.ActivityId)).SingleAsync(cancellationToken);
        var card = row.ToItem(await ContentTexts.LoadAsync(db, row.CallId, cancellationToken), clock.GetUtcNow());
        return new RegistrationLinkPage(token, card.Id, card.Title, card.StartsAt, found.Status, card.RegistrationOpen);
    }

    /// <summary>One public activity as an iCalendar file; null for an unknown id or one not public.</summary>
    public async Task<string?> ActivityCalendarAsync(int id, Func<string, string> absoluteUrl, CancellationToken cancellationToken)
    {
        var entries = await EntriesAsync(db.Activities.AsNoTracking().Where(a => a.Id == id && a.IsPublic), absoluteUrl, cancellationToken);
        return entries.Count == 0 ? null : ActivityCalendar.Write(entries, entries[0].Title);
    }

    /// <summary>The public feed: the planned phases (all-day) and every public activity.</summary>
    public async Task<string> PublicFeedAsync(string name, Func<string, string> absoluteUrl, CancellationToken cancellationToken)
    {
        var callId = await CallIdAsync(cancellationToken);
        var entries = await PhaseEntriesAsync(callId, absoluteUrl, cancellationToken);
        entries.AddRange(await EntriesAsync(db.Activities.AsNoTracking().Where(a => a.CallId == callId && a.IsPublic), absoluteUrl, cancellationToken));
        return ActivityCalendar.Write(entries, name);
    }

    /// <summary>
    /// A participating city's private feed: the planned phases and the activities that concern the
    /// city (<see cref="Activity.ConcernsCity"/>), under the same UIDs and SEQUENCE as the public
    /// feed, each with the names of the delegates the city registered for it
    /// (<paramref name="delegatesNote"/> writes the line). Study visits link to the city's visit page.
    /// </summary>
    public async Task<string> CityFeedAsync(
        int applicationId, string name, Func<string, string> absoluteUrl, Func<IReadOnlyList<string>, string> delegatesNote, CancellationToken cancellationToken)
    {
        var callId = await CallIdAsync(cancellationToken);
        var entries = await PhaseEntriesAsync(callId, absoluteUrl, cancellationToken);
        var delegates = await (from d in db.Delegations.AsNoTracking()
                               where d.ApplicationId == applicationId
                               join x in db.VisitDelegates on d.Id equals x.DelegationId
                               select new { d.ActivityId, x.Id, x.Name })
            .ToListAsync(cancellationToken);
        var notes = delegates.GroupBy(d => d.ActivityId)
            .ToDictionary(g => g.Key, g => delegatesNote([.. g.OrderBy(d => d.Id).Select(d => d.Name)]));
        var now = clock.GetUtcNow();
        var candidates = await db.Activities.AsNoTracking().Where(a => a.CallId == callId).Where(Activity.ForParticipatingCities)
            .Select(a => new { a.Id, a.Kind, a.IsPublic, a.DelegateCutoff }).ToListAsync(cancellationToken);
        var concerning = candidates.Where(a => Activity.ConcernsCity(a.Kind, a.IsPublic, a.DelegateCutoff, notes.ContainsKey(a.Id), now)).Select(a => a.Id).ToList();
        entries.AddRange(await EntriesAsync(
            db.Activities.AsNoTracking().Where(a => concerning.Contains(a.Id)), absoluteUrl, cancellationToken, notes, cityLinks: true));
        return ActivityCalendar.Write(entries, name);
    }

    // The planned phases as all-day events (their UIDs from the call's code and the phase's order).
    private async Task<List<CalendarEntry>> PhaseEntriesAsync(int callId, Func<string, string> absoluteUrl, CancellationToken cancellationToken)
    {
        var texts = await ContentTexts.LoadAsync(db, callId, cancellationToken);
        var call = await db.Calls.AsNoTracking().Where(c => c.Id == callId).Select(c => new { c.Code, c.OpensAt }).SingleAsync(cancellationToken);
        var phases = await db.TimelinePhases.AsNoTracking().Where(p => p.CallId == callId).OrderBy(p => p.Order)
            .Select(p => new { p.Id, p.Order, p.Title, p.Description, p.StartDate, p.EndDate }).ToListAsync(cancellationToken);
        return [.. phases.Select(p => new CalendarEntry(
            ActivityCalendar.PhaseUid(call.Code, p.Order), 0,
            texts.Of(ContentKind.Phase, p.Id, ContentField.Title, p.Title).Text, texts.Of(ContentKind.Phase, p.Id, ContentField.Description, p.Description).Text,
            string.Empty, absoluteUrl("/timeline"), call.OpensAt, FirstDay: p.StartDate, LastDay: p.EndDate))];
    }

    /// <summary>The calendar entry of one activity (public or not: the confirmation e-mail of a registration carries it).</summary>
    public async Task<CalendarEntry?> EntryAsync(int id, Func<string, string> absoluteUrl, CancellationToken cancellationToken) =>
        (await EntriesAsync(db.Activities.AsNoTracking().Where(a => a.Id == id), absoluteUrl, cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<StaffActivityRow>> StaffListAsync(CancellationToken cancellationToken)
    {
        var callId = await CallIdAsync(cancellationToken);
        var rows = await db.Activities.AsNoTracking().Where(a => a.CallId == callId).OrderBy(a => a.StartsAt)
            .Select(a => new
            {
                a.Id, a.Kind, a.Title, a.StartsAt, a.TimeZoneId, a.IsPublic, a.Capacity, a.PlacesForCities, a.CityDelegates, a.CityPlacesReleasedAt,
                Confirmed = a.Registrations.Count(r => r.Status == RegistrationStatus.Confirmed),
                Waiting = a.Registrations.Count(r => r.Status == RegistrationStatus.Waiting),
                Awaiting = a.Registrations.Count(r => r.Status == RegistrationStatus.AwaitingConfirmation),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(a => new StaffActivityRow(a.Id, a.Kind, a.Title, a.StartsAt, a.TimeZoneId, a.IsPublic, a.Confirmed, a.Waiting, a.Awaiting,
            Activity.PublicPlacesOf(a.Capacity, Activity.PlacesHeldForCitiesOf(a.PlacesForCities, a.CityDelegates, a.CityPlacesReleasedAt))))];
    }

    /// <summary>The staff page of an activity (its form as saved, or as typed when <paramref name="typed"/> is given); null for an unknown id.</summary>
    public async Task<StaffActivityPage?> StaffPageAsync(int id, ActivityForm? typed, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().Include(a => a.Sessions).Include(a => a.Registrations)
            .AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return null;
        }

        var registrations = activity.Registrations.OrderBy(r => r.Status).ThenBy(r => r.WaitingSince ?? r.RegisteredAt).ThenBy(r => r.Id)
            .Select(r => new RegistrationRow(r.Id, r.Name, r.Email, r.Organisation, r.CountryCode, r.Status, r.RegisteredAt, r.ConfirmedAt, r.WaitingSince, r.CancelledAt))
            .ToList();
        var delegates = await (from d in db.Delegations.AsNoTracking()
                               where d.ActivityId == id
                               join x in db.VisitDelegates on d.Id equals x.DelegationId
                               select x.Email)
            .ToListAsync(cancellationToken);
        var told = activity.Registrations.Where(r => r.Status == RegistrationStatus.Confirmed).Select(r => r.Email).Concat(delegates)
            .Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return new StaffActivityPage(
            id, activity.Kind, typed ?? ActivityForm.From(activity), await PhaseOptionsAsync(activity.Kind, cancellationToken), await ThemeOptionsAsync(cancellationToken),
            registrations, activity.PlacesTaken, activity.PublicPlaces)
        {
            ToldOfChanges = told,
            TakesDelegates = activity.DelegateLimitPerCity is not null,
            Outputs = await new ActivityOutputQueries(db).StaffListAsync(id, cancellationToken),
        };
    }

    public async Task<StaffActivityPage> NewPageAsync(ActivityKind kind, ActivityForm? typed, CancellationToken cancellationToken)
    {
        var phases = await PhaseOptionsAsync(kind, cancellationToken);
        var form = typed ?? new ActivityForm
        {
            PhaseId = int.Parse(phases[0].Value, System.Globalization.CultureInfo.InvariantCulture),
            IsPublic = kind != ActivityKind.StudyVisit,
        };
        return new StaffActivityPage(0, kind, form, phases, await ThemeOptionsAsync(cancellationToken), [], 0, 0);
    }

    /// <summary>The registrations of an activity as an export table; null for an unknown id.</summary>
    public async Task<ExportTable?> RegistrationsTableAsync(int id, IStringLocalizer t, CancellationToken cancellationToken)
    {
        if (!await db.Activities.AnyAsync(a => a.Id == id, cancellationToken))
        {
            return null;
        }

        var rows = await db.ActivityRegistrations.AsNoTracking().Where(r => r.ActivityId == id).OrderBy(r => r.Id)
            .Select(r => new { r.Name, r.Email, r.Organisation, r.CountryCode, r.Status, r.RegisteredAt, r.ConfirmedAt, r.WaitingSince, r.CancelledAt })
            .ToListAsync(cancellationToken);
        return new ExportTable(
            [t["Name"], t["E-mail address"], t["Organisation"], t["Country"], t["Status"], t["Registered at (UTC)"], t["Confirmed at (UTC)"], t["Waiting since (UTC)"], t["Cancelled at (UTC)"], t["Country code (ISO)"]],
            [.. rows.Select(r => (IReadOnlyList<object?>)[
                r.Name, r.Email, r.Organisation, Countries.NameOf(r.CountryCode, System.Globalization.CultureInfo.CurrentUICulture), t[Labels.Registration(r.Status)].Value, r.RegisteredAt, r.ConfirmedAt, r.WaitingSince, r.CancelledAt, r.CountryCode])]);
    }

    private async Task<IReadOnlyList<SelectListItem>> PhaseOptionsAsync(ActivityKind kind, CancellationToken cancellationToken)
    {
        var callId = await CallIdAsync(cancellationToken);
        var phaseKind = Activity.PhaseKindFor(kind);
        return [.. (await db.TimelinePhases.AsNoTracking().Where(p => p.CallId == callId && p.Kind == phaseKind).OrderBy(p => p.Order)
                .Select(p => new { p.Id, p.Title, p.StartDate, p.EndDate }).ToListAsync(cancellationToken))
            .Select(p => new SelectListItem($"{p.Title} ({DisplayFormats.Period(p.StartDate, p.EndDate)})", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }

    private async Task<IReadOnlyList<SelectListItem>> ThemeOptionsAsync(CancellationToken cancellationToken)
    {
        var callId = await CallIdAsync(cancellationToken);
        return [.. (await db.Themes.AsNoTracking().Where(t => t.CallId == callId).OrderBy(t => t.Order).Select(t => new { t.Slug, t.Name }).ToListAsync(cancellationToken))
            .Select(t => new SelectListItem(t.Name, t.Slug))];
    }

    private async Task<List<CalendarEntry>> EntriesAsync(
        IQueryable<Activity> activities, Func<string, string> absoluteUrl, CancellationToken cancellationToken,
        IReadOnlyDictionary<int, string>? notes = null, bool cityLinks = false)
    {
        var rows = await activities.OrderBy(a => a.StartsAt)
            .Select(a => new { a.Id, a.CallId, a.CalendarUid, a.Sequence, a.Title, a.Description, a.StartsAt, a.EndsAt, a.TimeZoneId, a.Place, a.HostCity, a.Kind, a.IsPublic, a.ChangedAt })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var texts = await ContentTexts.LoadAsync(db, rows[0].CallId, cancellationToken);
        return [.. rows.Select(a => new CalendarEntry(
            ActivityCalendar.ActivityUid(a.CalendarUid), a.Sequence,
            texts.Of(ContentKind.Activity, a.Id, ContentField.Title, a.Title).Text,
            WithNote(texts.Of(ContentKind.Activity, a.Id, ContentField.Description, a.Description).Text, notes?.GetValueOrDefault(a.Id)),
            Where(a.Kind, a.Place, a.HostCity),
            absoluteUrl(cityLinks && (a.Kind == ActivityKind.StudyVisit || !a.IsPublic) ? $"/applicant/visits/{a.Id}" : $"/activities/{a.Id}"),
            a.ChangedAt, a.StartsAt, a.EndsAt, a.TimeZoneId))];
    }

    private static string WithNote(string description, string? note) =>
        note is null ? description : description.Length == 0 ? note : description + "\n\n" + note;

    private static string Where(ActivityKind kind, string place, string hostCity) =>
        kind == ActivityKind.OnlineSession ? "Online" : string.Join(", ", new[] { place, hostCity }.Where(s => s.Length > 0));

    // The clock alone changes these pages when an activity starts (registration closes) or ends (it moves to the past).
    private static DateTimeOffset? NextChange(IEnumerable<ActivityListItem> items, DateTimeOffset now) =>
        items.SelectMany(a => new[] { a.StartsAt, a.EndsAt }).Where(t => t > now).Order().Cast<DateTimeOffset?>().FirstOrDefault();

    private static IQueryable<CardRow> Cards(IQueryable<Activity> activities) => activities.Select(a => new CardRow(
        a.Id, a.CallId, a.Kind, a.Title, a.StartsAt, a.EndsAt, a.TimeZoneId, a.Place, a.HostCity, a.IsPublic, a.Capacity,
        a.PlacesForCities, a.CityDelegates, a.CityPlacesReleasedAt,
        a.Registrations.Count(r => r.Status == RegistrationStatus.Confirmed)));

    private sealed record CardRow(
        int Id, int CallId, ActivityKind Kind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZoneId, string Place, string HostCity,
        bool IsPublic, int? Capacity, int PlacesForCities, int CityDelegates, DateTimeOffset? CityPlacesReleasedAt, int Confirmed)
    {
        public ActivityListItem ToItem(ContentTexts texts, DateTimeOffset now)
        {
            var takes = Activity.TakesRegistrations(Kind, IsPublic);
            return new ActivityListItem(
                Id, Kind, texts.Of(ContentKind.Activity, Id, ContentField.Title, Title), StartsAt, EndsAt, TimeZoneId, Place, HostCity,
                takes, Activity.IsRegistrationOpen(takes, StartsAt, now), Activity.PlacesLeftOf(Capacity, Activity.PlacesHeldForCitiesOf(PlacesForCities, CityDelegates, CityPlacesReleasedAt), Confirmed));
        }
    }
}
