using ICP.Domain.Applications;
using ICP.Domain.Common;
using ICP.Domain.Selection;
using ICP.Testing;
using ICP.Web.Features.Calls;
using ICP.Web.Features.Demo;
using ICP.Web.Features.Selection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ICP.IntegrationTests.Operations;

/// <summary>
/// seed-demo's applications show what the selection rules do, on a real migrated database: some
/// Member States apply more often than the cap of 3 and the board selects at most 3 of them,
/// some applications score well but below a threshold and the board refuses them, and the cities
/// are real municipalities of their own country, the same on every run.
/// </summary>
public sealed class DemoDataTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>The test's own knowledge of where the demo's cities are.</summary>
    private static readonly Dictionary<string, string[]> Municipalities = new()
    {
        ["CA"] = ["City of Toronto", "Ville de Montréal", "City of Vancouver", "City of Calgary", "Halifax Regional Municipality", "City of Ottawa"],
        ["ZA"] = ["City of Cape Town", "City of Johannesburg", "eThekwini Municipality", "City of Tshwane", "Nelson Mandela Bay Metropolitan Municipality", "Buffalo City Metropolitan Municipality"],
        ["SG"] = ["Singapore"],
        ["HK"] = ["Hong Kong"],
        ["KR"] = ["Busan Metropolitan City", "Incheon Metropolitan City", "Gwangju Metropolitan City"],
        ["TW"] = ["Taipei City", "Taichung City", "Kaohsiung City"],
        ["DE"] = ["Berlin", "Freie und Hansestadt Hamburg", "Landeshauptstadt München", "Stadt Köln", "Frankfurt am Main", "Stadt Leipzig", "Stadt Freiburg im Breisgau"],
        ["IT"] = ["Comune di Milano", "Comune di Torino", "Comune di Bologna", "Comune di Prato", "Comune di Parma", "Comune di Firenze"],
        ["ES"] = ["Ajuntament de Barcelona", "Ayuntamiento de Madrid", "Ajuntament de València", "Ayuntamiento de Almería", "Ayuntamiento de Fuenlabrada"],
        ["FR"] = ["Ville de Lyon", "Ville de Nantes", "Saint-Germain-en-Laye"],
        ["PT"] = ["Câmara Municipal de Lisboa", "Município de Braga"],
        ["NL"] = ["Gemeente Utrecht", "Gemeente Eindhoven"],
        ["PL"] = ["Miasto Gdańsk", "Miasto Poznań"],
        ["BE"] = ["Stad Gent", "Ville de Liège"],
        ["GR"] = ["Municipality of Athens", "Municipality of Thessaloniki"],
        ["IE"] = ["Cork City Council"],
        ["AT"] = ["Stadt Graz"],
        ["CZ"] = ["Statutární město Brno"],
        ["SI"] = ["Mestna občina Ljubljana"],
        ["FI"] = ["Tampereen kaupunki"],
        ["DK"] = ["Aarhus Kommune"],
        ["SE"] = ["Malmö stad"],
        ["EE"] = ["Tartu linn"],
        ["RO"] = ["Municipiul Timișoara"],
    };

    [Fact]
    public async Task SeedDemo_AMemberStateAppliesMoreOftenThanTheCap_TheBoardSelectsAtMostThreeOfIt()
    {
        await SeededAsync();
        var perState = await portal.WithDbAsync(db => db.Applications.Where(a => a.QuotaGroupCode == "EU")
            .GroupBy(a => a.TerritoryCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        var memberStates = await portal.WithDbAsync(db => db.QuotaGroups.Where(g => g.Code == "EU").SelectMany(g => g.Territories).CountAsync());
        Assert.True(perState.Count(s => s.Value > 3) >= 3, "Germany, Italy and Spain apply more often than the cap");
        Assert.True(perState.Count(s => s.Value is 1 or 2) >= 5, "several Member States apply once or twice");
        Assert.True(perState.Count < memberStates, "some Member States do not apply");

        // Stage "selected" for every passing German candidate, best first, through the workflow staff use.
        var board = await BoardAsync("EU");
        var germans = board.Board.Ranking.Where(c => c.TerritoryCode == "DE" && c.Passes).ToList();
        Assert.True(germans.Count > 3, $"Set-up: {germans.Count} German applications pass");
        var refusals = new List<DomainException>();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var selection = scope.ServiceProvider.GetRequiredService<SelectionWorkflow>();
            var by = CooperationSetup.Manager(await ManagerIdAsync());
            foreach (var german in germans)
            {
                try
                {
                    await selection.StageAsync(german.ApplicationId, DecisionOutcome.Selected, "Demo test.", by, TestContext.Current.CancellationToken);
                }
                catch (DomainException refused)
                {
                    refusals.Add(refused);
                }
            }
        }

        var selected = await portal.WithDbAsync(db => db.SelectionDecisions.Where(d => d.TerritoryCode == "DE" && d.Outcome == DecisionOutcome.Selected).Select(d => d.ApplicationId).ToListAsync());
        Assert.Equal(germans.Take(3).Select(g => g.ApplicationId).Order(), selected.Order());
        Assert.Equal(germans.Count - 3, refusals.Count);
        Assert.All(refusals, r => Assert.IsType<CountryCapReachedException>(r));

        // The board page says so: three German seats taken, and the next German candidate was refused.
        var manager = await StaffJourney.SignInAsync(portal, StaffJourney.ManagerEmail);
        var page = await manager.GetAsync("/admin/selection/EU");
        var germanRows = page.All("tr[data-application*='-DE-']").Where(r => r.QuerySelector("[data-decision='Selected']") is not null).ToList();
        Assert.Equal(3, germanRows.Count);
    }

    [Fact]
    public async Task SeedDemo_SomeApplicationsScoreWellButBelowAThreshold_TheBoardRefusesToSelectThem()
    {
        await SeededAsync();
        var board = await BoardAsync("EU");
        var below = board.Board.Ranking.Where(c => board.Details[c.ApplicationId] is { Evaluations: >= 2, MeetsThresholds: false }).ToList();
        Assert.NotEmpty(below);

        // Ranked above candidates that pass: a good total, held back by one criterion.
        var lowestPassing = board.Board.Ranking.Where(c => c.Passes).Min(c => c.Score);
        Assert.Contains(below, c => c.Score > lowestPassing);

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var selection = scope.ServiceProvider.GetRequiredService<SelectionWorkflow>();
            var by = CooperationSetup.Manager(await ManagerIdAsync());
            foreach (var candidate in below)
            {
                await Assert.ThrowsAsync<NotSelectableException>(() => selection.StageAsync(candidate.ApplicationId, DecisionOutcome.Selected, "Demo test.", by, TestContext.Current.CancellationToken));
            }
        }

        var ids = below.Select(c => c.ApplicationId).ToList();
        Assert.Equal(0, await portal.WithDbAsync(db => db.SelectionDecisions.CountAsync(d => ids.Contains(d.ApplicationId))));
        var manager = await StaffJourney.SignInAsync(portal, StaffJourney.ManagerEmail);
        var page = await manager.GetAsync("/admin/selection/EU");
        Assert.All(below, c => Assert.Contains("Below a threshold", page.Element($"tr[data-application='{c.Reference}']").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SeedDemo_CitiesAreUniqueMunicipalitiesOfTheirOwnCountry_AndEveryPartnerSeatCanBeFilled()
    {
        await SeededAsync();
        var cities = await portal.WithDbAsync(db => db.LocalAuthorities.Select(l => new { l.OfficialName, l.CountryCode }).ToListAsync());

        Assert.Equal(60, cities.Count);
        Assert.Equal(cities.Count, cities.Select(c => c.OfficialName).Distinct(StringComparer.Ordinal).Count());
        Assert.All(cities, c => Assert.True(Municipalities.TryGetValue(c.CountryCode, out var known) && known.Contains(c.OfficialName),
            $"{c.OfficialName} is not a municipality of {c.CountryCode}"));

        foreach (var (group, seats) in new[] { ("CA", 4), ("ZA", 4), ("SG", 1), ("HK", 1), ("KR", 2), ("TW", 2) })
        {
            var board = await BoardAsync(group);
            Assert.True(board.Board.Ranking.Count(c => c.Passes) >= seats, $"{group}: fewer passing applications than its {seats} seats");
        }
    }

    [Fact]
    public async Task SeedDemoWithCooperation_OnAnotherDatabase_SameCitiesAndScores_EverySeatFilled_CapHolds()
    {
        await SeededAsync();
        await using var other = new PortalFactory();
        await using (var scope = other.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(60, 4, TestContext.Current.CancellationToken, withActivities: true);
            await scope.ServiceProvider.GetRequiredService<CooperationDemo>().SeedAsync(TestContext.Current.CancellationToken);
        }

        // The same data on every run: the same cities under the same references, with the same scores.
        Assert.Equal(await ScoresAsync(portal), await ScoresAsync(other));

        // --cooperation on top: every seat filled through the board, at most 3 per Member State, pairs published.
        var selected = await other.WithDbAsync(db => db.Applications.Where(a => a.Status == ApplicationStatus.Selected).Select(a => new { a.QuotaGroupCode, a.TerritoryCode }).ToListAsync());
        var seats = await other.WithDbAsync(db => db.QuotaGroups.ToDictionaryAsync(g => g.Code, g => g.Seats));
        Assert.All(seats, s => Assert.Equal(s.Value, selected.Count(a => a.QuotaGroupCode == s.Key)));
        Assert.All(selected.Where(a => a.QuotaGroupCode == "EU").GroupBy(a => a.TerritoryCode), g => Assert.InRange(g.Count(), 1, 3));
        Assert.Equal(3, selected.Count(a => a.TerritoryCode == "DE"));
        Assert.NotEmpty(await other.WithDbAsync(db => db.PartnerPairs.Where(p => p.EndedAt == null).ToListAsync()));
        Assert.Equal(ICP.Domain.Cooperation.PlanState.Published, await other.WithDbAsync(db => db.CooperationPlans.Select(p => p.State).SingleAsync()));

        // The closing conference: twenty delegates of ten cities in the places kept for them, the public's places untouched.
        var conference = await other.WithDbAsync(db => db.Activities.Include(a => a.Registrations).SingleAsync(a => a.Kind == ICP.Domain.Activities.ActivityKind.ClosingConference));
        var delegates = await other.WithDbAsync(db => db.Delegations.Where(d => d.ActivityId == conference.Id).SelectMany(d => d.Delegates).CountAsync());
        Assert.Equal((20, 20, 180), (delegates, conference.CityDelegates, conference.PublicPlaces));
    }

    private static Task<List<string>> ScoresAsync(PortalFactory factory) =>
        factory.WithDbAsync(db => (from a in db.Applications
                                   join l in db.LocalAuthorities on a.LocalAuthorityId equals l.Id
                                   join s in db.ApplicationScores on a.Id equals s.ApplicationId into scores
                                   from s in scores.DefaultIfEmpty()
                                   orderby a.Reference
                                   select a.Reference + " " + l.OfficialName + " " + (s == null ? "-" : s.Mean + (s.Passes ? " passes" : " fails"))).ToListAsync());

    /// <summary>
    /// The demo's 60 applications and four evaluators, once for the class, and the clock after the
    /// deadline (set once: each staff sign-in moves it on a step, so a code is never used twice).
    /// </summary>
    private async Task SeededAsync()
    {
        if (await portal.WithDbAsync(db => db.Applications.AnyAsync()))
        {
            return;
        }

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(60, 4, TestContext.Current.CancellationToken);
        }

        portal.Clock.SetUtcNow(SelectionSetup.AfterDeadline);
    }

    private async Task<LoadedBoard> BoardAsync(string group)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var callId = await scope.ServiceProvider.GetRequiredService<CurrentCall>().IdAsync(TestContext.Current.CancellationToken);
        return (await scope.ServiceProvider.GetRequiredService<SelectionBoards>().LoadAsync(callId, group, false, TestContext.Current.CancellationToken))!;
    }

    private Task<string> ManagerIdAsync() =>
        portal.WithDbAsync(db => db.Users.Where(u => u.Email == DemoData.ManagerEmail).Select(u => u.Id).SingleAsync());
}
