using ICP.Domain.Activities;
using ICP.Domain.Common;
using ICP.Domain.Programme;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Programme;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Cooperation;

/// <summary>
/// Reads of the delegations (study visits and the closing conference): a participating city's
/// upcoming activities with its delegates, and an activity's delegations for staff (page and
/// export). Whether a city may still change its delegates is asked of the activity
/// (<see cref="Activity.AcceptsDelegatesAt"/>).
/// </summary>
public sealed class DelegationQueries(IcpDbContext db, CooperationQueries cooperation, TimeProvider clock)
{
    /// <summary>The activities still to come (study visits, and the public sessions and conference), each taking delegates with the city's delegates.</summary>
    public async Task<IReadOnlyList<UpcomingActivity>> UpcomingAsync(int applicationId, CancellationToken cancellationToken)
    {
        var callId = await cooperation.CallIdAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.CallId == callId && a.EndsAt > now).Where(Activity.ForParticipatingCities)
            .ToListAsync(cancellationToken);
        return await RowsAsync(callId, applicationId, [.. activities.OrderBy(a => a.StartsAt).ThenBy(a => a.Id)], now, cancellationToken);
    }

    /// <summary>A study visit or the conference keeping places for the cities, with the person's city's delegates; not found for another activity or a city that does not take part.</summary>
    public async Task<VisitPage> VisitAsync(ApplicantContext who, int activityId, DelegateForm? form, CancellationToken cancellationToken)
    {
        var city = await cooperation.ParticipatingCityAsync(who, cancellationToken) ?? throw new NotFoundException($"Activity {activityId}");
        var callId = await cooperation.CallIdAsync(cancellationToken);
        var visit = await TakingDelegatesAsync(callId, activityId, cancellationToken);
        var row = (await RowsAsync(callId, city.ApplicationId, [visit], clock.GetUtcNow(), cancellationToken)).Single();
        return new VisitPage(city, row, form ?? new DelegateForm());
    }

    /// <summary>The delegations of a study visit or the conference for staff: every participating city, with or without delegates.</summary>
    public async Task<VisitDelegatesPage> StaffPageAsync(int activityId, DelegateForm? form, int? formCity, CancellationToken cancellationToken)
    {
        var callId = await cooperation.CallIdAsync(cancellationToken);
        var visit = await TakingDelegatesAsync(callId, activityId, cancellationToken);
        var cities = await cooperation.SelectedCitiesAsync(callId, cancellationToken);
        var delegates = await DelegatesAsync(activityId, null, cancellationToken);

        // Cities that no longer take part (declined) keep their delegates on the list, for staff to cancel the travel.
        var others = delegates.Keys.Where(id => cities.All(c => c.ApplicationId != id)).ToList();
        var former = await (from a in db.Applications.AsNoTracking()
                            where others.Contains(a.Id)
                            join l in db.LocalAuthorities on a.LocalAuthorityId equals l.Id
                            join t in db.Territories on a.TerritoryCode equals t.Code
                            select new CityCard(a.Id, a.Reference, l.OfficialName, t.Code, t.Name, t.IsEuMemberState, new List<string>()))
            .ToListAsync(cancellationToken);
        var rows = cities.Concat(former)
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)
            .Select(c => new CityDelegation(c, delegates.GetValueOrDefault(c.ApplicationId, [])))
            .ToList();
        var confirmed = visit.Kind == ActivityKind.ClosingConference
            ? await db.ActivityRegistrations.CountAsync(r => r.ActivityId == visit.Id && r.Status == RegistrationStatus.Confirmed, cancellationToken)
            : 0;
        return new VisitDelegatesPage(
            visit.Id, visit.Title, visit.StartsAt, visit.EndsAt, visit.HostCity, visit.DelegateLimitPerCity ?? 0, visit.DelegateCutoff ?? visit.StartsAt,
            visit.AcceptsDelegatesAt(clock.GetUtcNow()), rows, form ?? new DelegateForm(), formCity)
        {
            Kind = visit.Kind,
            CityPlaces = visit.Kind == ActivityKind.ClosingConference
                ? new ConferenceCityPlaces(visit.PlacesForCities, visit.PlacesHeldForCities, visit.Capacity ?? 0, confirmed, visit.CityPlacesReleasedAt)
                : null,
        };
    }

    /// <summary>The delegates of a visit as a table: one row per delegate, for CSV and XLSX.</summary>
    public async Task<ExportTable> ExportAsync(int activityId, Func<string, string> t, CancellationToken cancellationToken)
    {
        var page = await StaffPageAsync(activityId, null, null, cancellationToken);
        return new ExportTable(
            [t("Activity"), t("City"), t("Country or territory"), t("Reference"), t("Name"), t("Role"), t("E-mail address"), t("Registered at (UTC)"), t("Registered by staff")],
            [.. page.Cities.SelectMany(c => c.Delegates.Select(d => (IReadOnlyList<object?>)
                [page.Title, c.City.Name, c.City.Country, c.City.Reference, d.Name, d.Role, d.Email, d.AddedAt, d.AddedByStaff ? t("Yes") : t("No")]))]);
    }

    private async Task<IReadOnlyList<UpcomingActivity>> RowsAsync(int callId, int applicationId, IReadOnlyList<Activity> activities, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var texts = await ContentTexts.LoadAsync(db, callId, cancellationToken);
        var visitIds = activities.Where(a => a.DelegateLimitPerCity is not null).Select(a => a.Id).ToList();
        var delegates = await DelegatesByVisitAsync(visitIds, applicationId, cancellationToken);
        return [.. activities.Select(a => new UpcomingActivity(
            a.Id, a.Kind, texts.Of(ContentKind.Activity, a.Id, ContentField.Title, a.Title), a.StartsAt, a.EndsAt, a.TimeZoneId, a.HostCity, a.Place,
            a.DelegateLimitPerCity, a.DelegateCutoff, a.AcceptsDelegatesAt(now), delegates.GetValueOrDefault(a.Id, []),
            a.Kind != ActivityKind.ClosingConference || a.DelegateLimitPerCity is null ? null
                : a.CityPlacesReleasedAt is null ? Math.Max(0, a.PlacesForCities - a.CityDelegates) : 0)
        {
            IsPublic = a.IsPublic,
            DelegatesFirst = a.Kind == ActivityKind.ClosingConference && a.PlacesForCities > 0 && a.CityPlacesReleasedAt is null,
        })];
    }

    /// <summary>A study visit, or the conference when it keeps places for the cities (it then has a limit per city); not found otherwise.</summary>
    private async Task<Activity> TakingDelegatesAsync(int callId, int activityId, CancellationToken cancellationToken) =>
        await db.Activities.AsNoTracking().SingleOrDefaultAsync(
            a => a.Id == activityId && a.CallId == callId
                && (a.Kind == ActivityKind.StudyVisit || (a.Kind == ActivityKind.ClosingConference && a.DelegateLimitPerCity != null)),
            cancellationToken)
        ?? throw new NotFoundException($"Activity with delegates {activityId}");

    private async Task<Dictionary<int, IReadOnlyList<DelegateRow>>> DelegatesByVisitAsync(IReadOnlyList<int> visitIds, int applicationId, CancellationToken cancellationToken)
    {
        var rows = await (from d in db.Delegations.AsNoTracking()
                          where visitIds.Contains(d.ActivityId) && d.ApplicationId == applicationId
                          join x in db.VisitDelegates on d.Id equals x.DelegationId
                          select new { d.ActivityId, x.Id, x.Name, x.Role, x.Email, x.AddedByStaff, x.AddedAt })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ActivityId).ToDictionary(g => g.Key, g => (IReadOnlyList<DelegateRow>)[.. g.OrderBy(r => r.Id).Select(r => new DelegateRow(r.Id, r.Name, r.Role, r.Email, r.AddedByStaff, r.AddedAt))]);
    }

    private async Task<Dictionary<int, IReadOnlyList<DelegateRow>>> DelegatesAsync(int activityId, int? applicationId, CancellationToken cancellationToken)
    {
        var rows = await (from d in db.Delegations.AsNoTracking()
                          where d.ActivityId == activityId && (applicationId == null || d.ApplicationId == applicationId)
                          join x in db.VisitDelegates on d.Id equals x.DelegationId
                          select new { d.ApplicationId, x.Id, x.Name, x.Role, x.Email, x.AddedByStaff, x.AddedAt })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ApplicationId).ToDictionary(g => g.Key, g => (IReadOnlyList<DelegateRow>)[.. g.OrderBy(r => r.Id).Select(r => new DelegateRow(r.Id, r.Name, r.Role, r.Email, r.AddedByStaff, r.AddedAt))]);
    }
}
