using ICP.Domain.Activities;
using ICP.Domain.Applications;
using ICP.Domain.Programme;
using ICP.Domain.Selection;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Cooperation;
using ICP.Web.Features.Demo;
using ICP.Web.Features.Selection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ICP.Testing;

/// <summary>
/// The cooperation phase ready to use, through the portal's own workflows: two Canadian cities, one
/// Korean and three EU cities selected and released, paired one to one (at most one partner each)
/// and the partnerships published. Clusters: Canada (two pairs), South Korea (one pair).
/// </summary>
public static class CooperationSetup
{
    /// <summary>A city of the set-up: its application, reference, name and the e-mail of its officer (demo password).</summary>
    public sealed record City(int ApplicationId, string Reference, string Name, string QuotaGroup, string OfficerEmail);

    /// <summary>What was set up: the selected cities, an applicant that was not selected, and who is paired with whom.</summary>
    public sealed record Published(IReadOnlyList<City> Canada, City Korea, IReadOnlyList<City> Eu, City NotSelected, IReadOnlyDictionary<int, int> PartnerOf)
    {
        public City ById(int applicationId) => Canada.Append(Korea).Concat(Eu).Append(NotSelected).Single(c => c.ApplicationId == applicationId);
    }

    public static StaffContext Manager(string userId) => new(userId, "Programme manager", DemoData.ManagerEmail, true, false);

    public static async Task<Published> PublishedAsync(PortalFactory portal, int applications = 60)
    {
        await SelectionSetup.ReadyAsync(portal, applications, "CA", "KR", "EU");
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IcpDbContext>();
        var selection = scope.ServiceProvider.GetRequiredService<SelectionWorkflow>();
        var cooperation = scope.ServiceProvider.GetRequiredService<CooperationWorkflow>();
        var by = Manager(await db.Users.Where(u => u.Email == DemoData.ManagerEmail).Select(u => u.Id).SingleAsync());

        var submitted = await (from a in db.Applications.AsNoTracking()
                               where a.Status == ApplicationStatus.Submitted
                               join l in db.LocalAuthorities on a.LocalAuthorityId equals l.Id
                               join u in db.Users on l.DesignatedSubmitterId equals u.Id
                               orderby a.Id
                               select new { a.Id, a.Reference, l.OfficialName, a.QuotaGroupCode, a.TerritoryCode, u.Email })
            .ToListAsync();
        City Of(int index) => new(submitted[index].Id, submitted[index].Reference, submitted[index].OfficialName, submitted[index].QuotaGroupCode, submitted[index].Email!);
        var canada = submitted.Select((a, i) => (a, i)).Where(x => x.a.QuotaGroupCode == "CA").Take(2).Select(x => Of(x.i)).ToList();
        var korea = Of(submitted.FindIndex(a => a.QuotaGroupCode == "KR"));
        var eu = submitted.Select((a, i) => (a, i)).Where(x => x.a.QuotaGroupCode == "EU").DistinctBy(x => x.a.TerritoryCode).Take(3).Select(x => Of(x.i)).ToList();
        var notSelected = Of(submitted.FindIndex(a => a.QuotaGroupCode == "EU" && eu.All(e => e.ApplicationId != a.Id)));

        foreach (var city in canada.Append(korea).Concat(eu))
        {
            await selection.StageAsync(city.ApplicationId, DecisionOutcome.Selected, "Selected for the test.", by, CancellationToken.None);
        }

        foreach (var group in new[] { "CA", "KR", "EU" })
        {
            await selection.ReleaseAsync(group, by, CancellationToken.None);
        }

        await cooperation.GenerateAsync(1, Guid.Empty, by, CancellationToken.None);
        await cooperation.ConfirmAsync(await TokenAsync(db), by, CancellationToken.None);
        await cooperation.PublishAsync(await TokenAsync(db), by, CancellationToken.None);

        var pairs = await db.PartnerPairs.AsNoTracking().Where(p => p.EndedAt == null).ToListAsync();
        var partnerOf = pairs.SelectMany(p => new[] { (p.EuApplicationId, p.PartnerApplicationId), (p.PartnerApplicationId, p.EuApplicationId) })
            .ToDictionary(x => x.Item1, x => x.Item2);
        return new Published(canada, korea, eu, notSelected, partnerOf);
    }

    /// <summary>A study visit (not public), made through the domain like staff would: its id.</summary>
    public static Task<int> StudyVisitAsync(PortalFactory portal, string title, DateTimeOffset cutoff, int limit, string hostCity = "Cape Town", string zone = "Africa/Johannesburg") =>
        portal.WithDbAsync(async db =>
        {
            var phase = await db.TimelinePhases.FirstAsync(p => p.Kind == PhaseKind.StudyVisit);
            var manager = await db.Users.Where(u => u.Email == DemoData.ManagerEmail).Select(u => u.Id).SingleAsync();
            var starts = cutoff.AddDays(20);
            var visit = Activity.Create(phase, ActivityKind.StudyVisit,
                new ActivityDetails(title, "Working meeting and study visit.", starts, starts.AddDays(5), zone, false, hostCity, "City hall", "Day 1: welcome; day 2: site visits.", limit, cutoff),
                manager, cutoff.AddDays(-60));
            db.Activities.Add(visit);
            await db.SaveChangesAsync();
            return visit.Id;
        });

    /// <summary>The closing conference (public unless said), keeping <paramref name="placesForCities"/> of its places for the cities' delegates until <paramref name="cutoff"/>: its id.</summary>
    public static Task<int> ConferenceAsync(PortalFactory portal, DateTimeOffset cutoff, int capacity, int placesForCities, int limit, bool isPublic = true) =>
        portal.WithDbAsync(async db =>
        {
            var phase = await db.TimelinePhases.FirstAsync(p => p.Kind == PhaseKind.ClosingConference);
            var manager = await db.Users.Where(u => u.Email == DemoData.ManagerEmail).Select(u => u.Id).SingleAsync();
            var starts = cutoff.AddDays(20);
            var conference = Activity.Create(phase, ActivityKind.ClosingConference,
                new ActivityDetails("Closing conference", "What the partnerships achieved.", starts, starts.AddHours(8), "Europe/Brussels", isPublic,
                    Place: "Charlemagne building", Capacity: capacity, PlacesForCities: placesForCities, DelegateLimitPerCity: limit, DelegateCutoff: cutoff),
                manager, cutoff.AddDays(-60));
            db.Activities.Add(conference);
            await db.SaveChangesAsync();
            return conference.Id;
        });

    private static async Task<Guid> TokenAsync(IcpDbContext db)
    {
        db.ChangeTracker.Clear();
        return await db.CooperationPlans.AsNoTracking().Select(p => p.ConcurrencyToken).SingleAsync();
    }
}
