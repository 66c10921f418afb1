using System.Net;
using ICP.Domain.Programme;
using ICP.Testing;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace ICP.IntegrationTests.Public;

/// <summary>Each public page shows the programme's facts as seeded, from the database.</summary>
public sealed class PublicPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task Home_DuringTheCall_ShowsTheCallOpenWithTheTimeLeftByThePortalsClock()
    {
        portal.Clock.SetUtcNow(new DateTimeOffset(2021, 11, 2, 9, 0, 0, TimeSpan.Zero));

        var page = await HtmlPage.GetAsync(_client, "/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("International City Partnerships: Acting for Green and Inclusive Recovery", page.Texts("h1").Single());
        Assert.Equal("open", page.Element("#call-status").GetAttribute("data-call-state"));
        Assert.Contains("Deadline: 15 November 2021, 23:59:59 (Brussels time)", page.MainText, StringComparison.Ordinal);
        // 2 Nov 09:00 UTC to 15 Nov 23:00 UTC: 13 days and 14 hours.
        Assert.Equal(["13 days", "14 hours", "0 minutes", "0 seconds"], page.Texts(".icp-countdown__unit"));
        Assert.Equal("2021-11-15T23:00:00Z", page.Element("[data-countdown-deadline]").GetAttribute("data-countdown-deadline"));
    }

    [Fact]
    public async Task Home_ListsTheSeatsOfEveryQuotaGroup()
    {
        var page = await HtmlPage.GetAsync(_client, "/");

        Assert.Contains("28 cities will be selected:", page.MainText, StringComparison.Ordinal);
        Assert.Equal(
            ["Canada: 4 cities", "South Africa: 4 cities", "Singapore: 1 city", "Hong Kong: 1 city",
             "South Korea: 2 cities", "Taiwan: 2 cities", "European Union: 14 cities"],
            page.Texts("#seats li"));
        Assert.Equal(
            ["Circular economy", "Air quality", "Energy transition", "Integration of migrants and refugees"],
            page.Texts(".ecl-card .ecl-content-block__title"));
    }

    [Fact]
    public async Task Home_BeforeTheCallOpens_SaysWhenItOpens()
    {
        portal.Clock.SetUtcNow(new DateTimeOffset(2021, 9, 30, 21, 59, 59, TimeSpan.Zero));

        var page = await HtmlPage.GetAsync(_client, "/");

        Assert.Equal("not-yet-open", page.Element("#call-status").GetAttribute("data-call-state"));
        Assert.Contains(
            "Applications can be submitted from 1 October 2021, 00:00 (Brussels time) until 15 November 2021, 23:59:59 (Brussels time).",
            page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_AtTheDeadlineInstant_ShowsTheCallClosed()
    {
        portal.Clock.SetUtcNow(new DateTimeOffset(2021, 11, 15, 23, 0, 0, TimeSpan.Zero));

        var page = await HtmlPage.GetAsync(_client, "/");

        Assert.Equal("closed", page.Element("#call-status").GetAttribute("data-call-state"));
        Assert.Empty(page.All("[data-countdown-deadline]"));
        Assert.Contains("The deadline was 15 November 2021, 23:59:59 (Brussels time).", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Programme_ShowsObjectivesManagerPartnersAndTheCooperationModel()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);

        var page = await HtmlPage.GetAsync(_client, "/programme");

        var objectives = page.Texts("#objective-list li");
        Assert.Equal(3, objectives.Count);
        Assert.StartsWith("Improve the quality of life in the participating cities", objectives[0], StringComparison.Ordinal);
        Assert.StartsWith("Facilitate the exchange of information", objectives[1], StringComparison.Ordinal);
        Assert.StartsWith("Facilitate business, cooperation and local economic development", objectives[2], StringComparison.Ordinal);
        Assert.Equal("European Commission, Directorate-General for Regional and Urban Policy (DG REGIO)", page.Texts("#managed-by").Single());
        Assert.Contains("28 cities take part: 14 from the European Union and 14 from the partner countries and territories.", page.MainText, StringComparison.Ordinal);
        Assert.Equal(
            ["A working meeting and study visit in a city outside the EU (6 days, April 2022)",
             "Online cooperation with invited speakers, open to the public (May – December 2022)",
             "A working meeting and study visit in an EU city (6 days, October 2022)",
             "A closing conference (February 2023)"],
            page.Texts("#cooperation-model li"));
    }

    [Fact]
    public async Task Themes_ListsTheFourThemesWithStableAnchors()
    {
        var page = await HtmlPage.GetAsync(_client, "/themes");

        Assert.Equal(
            ["circular-economy", "air-quality", "energy-transition", "integration-of-migrants-and-refugees"],
            page.All("#theme-list article").Select(a => a.Id));
        Assert.Equal("Integration of migrants and refugees", page.Texts("#integration-of-migrants-and-refugees h2").Single());
    }

    [Fact]
    public async Task Countries_ShowsEveryQuotaGroupItsTerritoriesAndSeats_28InAll()
    {
        var page = await HtmlPage.GetAsync(_client, "/countries");

        var rows = page.All("#quota-groups tbody tr");
        Assert.Equal(["CA", "ZA", "SG", "HK", "KR", "TW", "EU"], rows.Select(r => r.GetAttribute("data-quota-group")));
        Assert.Equal(["4", "4", "1", "1", "2", "2", "14"], rows.Select(r => r.QuerySelector("[data-seats]")!.TextContent.Trim()));
        Assert.Equal("28", page.Texts("#total-seats").Single());
        var eu = rows.Single(r => r.GetAttribute("data-quota-group") == "EU");
        Assert.Equal(27, eu.QuerySelectorAll("[data-territories] li").Length);
        Assert.Contains("Czechia", eu.TextContent, StringComparison.Ordinal);
        var cells = eu.QuerySelectorAll("td");
        Assert.Equal("3", cells[cells.Length - 1].TextContent.Trim());
        var hongKong = rows.Single(r => r.GetAttribute("data-quota-group") == "HK");
        Assert.Contains("(territory)", HtmlPage.Collapse(hongKong.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WideTables_ScrollInAKeyboardFocusableRegionNamedAfterTheirCaption()
    {
        var page = await HtmlPage.GetAsync(_client, "/countries");

        var region = page.Element(".ecl-table-responsive");
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("Seats per quota group", region.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Timeline_ShowsTheSevenPhasesAndHighlightsTheCurrentOnesByThePortalsClock()
    {
        portal.Clock.SetUtcNow(new DateTimeOffset(2022, 4, 10, 8, 0, 0, TimeSpan.Zero));

        var page = await HtmlPage.GetAsync(_client, "/timeline");

        var phases = page.All("#phases > li");
        Assert.Equal(7, phases.Count);
        Assert.Equal(
            ["1 October – 15 November 2021", "October – December 2021", "January – March 2022", "April 2022",
             "May – December 2022", "October 2022", "February 2023"],
            page.Texts("#phases .ecl-timeline__label"));
        Assert.Equal(
            ["past", "past", "past", "current", "upcoming", "upcoming", "upcoming"],
            phases.Select(p => p.GetAttribute("data-timing")));
        Assert.Equal("step", phases[3].GetAttribute("aria-current"));
        Assert.Contains("current phase", phases[3].TextContent, StringComparison.Ordinal);
        Assert.Contains("Planned duration: 6 days", HtmlPage.Collapse(phases[3].TextContent), StringComparison.Ordinal);
        Assert.Contains("Where: a city outside the EU", HtmlPage.Collapse(phases[3].TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_KeepsWhatActuallyHappenedApartFromThePlan()
    {
        var before = await HtmlPage.GetAsync(_client, "/timeline");
        Assert.NotNull(before.Document.QuerySelector("#no-events"));

        await portal.WithDbAsync(async db =>
        {
            var call = await db.Calls.SingleAsync();
            var firstVisit = await db.TimelinePhases.SingleAsync(p => p.CallId == call.Id && p.Order == 4);
            db.ProgrammeEvents.Add(new ProgrammeEvent(
                call.Id, firstVisit.Id, ProgrammeEventKind.StudyVisit, "Study visit to Cape Town", "Hosted by the City of Cape Town.",
                new DateTimeOffset(2022, 6, 13, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2022, 6, 15, 16, 0, 0, TimeSpan.Zero),
                "Cape Town", isOnline: false, isPublic: true));
            await db.SaveChangesAsync();
        });
        var after = await HtmlPage.GetAsync(_client, "/timeline");

        var row = after.Element("#events tbody tr");
        Assert.Equal(["13 June – 15 June 2022", "Study visit to Cape Town", "Cape Town", "First working meeting and study visit in a non-EU city"],
            row.QuerySelectorAll("td").Select(c => HtmlPage.Collapse(c.TextContent)));
        // The plan is unchanged: the first study visit is still planned for April 2022.
        Assert.Equal("April 2022", after.Texts("#phase-4 .ecl-timeline__label").Single());
    }

    [Fact]
    public async Task Apply_ShowsTheDeadlineInBrusselsTimeAndUtc_ForTheVisitorsOwnZoneToo()
    {
        var page = await HtmlPage.GetAsync(_client, "/apply");

        Assert.Equal("1 October 2021, 00:00 (Brussels time)", page.Texts("#opens-at").Single());
        Assert.Equal("15 November 2021, 23:59:59 (Brussels time)", page.Texts("#deadline-brussels").Single());
        Assert.Equal("15 November 2021, 22:59:59 UTC", page.Texts("#deadline-utc").Single());
        var time = page.Element("#deadline-brussels time");
        Assert.Equal("2021-11-15T22:59:59Z", time.GetAttribute("datetime"));
        Assert.Equal("deadline-local", time.GetAttribute("data-local-time-target"));
        Assert.Contains(
            "a Member State of the European Union (27 countries): 14 seats, at most 3 cities from one Member State",
            page.Texts("#eligible-territories li"));
        Assert.Equal(6, page.All("#step-list li").Count);
    }

    [Fact]
    public async Task PublicPages_ShowWhatTheDatabaseHolds_NotTextBakedIntoTheViews()
    {
        // An edit made beside the portal (raw SQL) is not seen by the page cache: operations evict it after one.
        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE Themes SET Name = 'Clean air' WHERE Slug = 'air-quality'"));
        await PublicPageCache.EvictAsync(portal.Services, CancellationToken.None);
        try
        {
            var themes = await HtmlPage.GetAsync(_client, "/themes");
            var home = await HtmlPage.GetAsync(_client, "/");

            Assert.Equal("Clean air", themes.Texts("#air-quality h2").Single());
            Assert.Contains("Clean air", home.Texts(".ecl-card .ecl-content-block__title"));
        }
        finally
        {
            await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
                "UPDATE Themes SET Name = 'Air quality' WHERE Slug = 'air-quality'"));
            await PublicPageCache.EvictAsync(portal.Services, CancellationToken.None);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/programme")]
    [InlineData("/themes")]
    [InlineData("/countries")]
    [InlineData("/timeline")]
    [InlineData("/apply")]
    [InlineData("/language")]
    [InlineData("/privacy")]
    [InlineData("/cookies")]
    [InlineData("/legal-notice")]
    [InlineData("/accessibility")]
    public async Task EveryPublicPage_HasOneH1_TheSimulatedClockBanner_AndAStrictContentSecurityPolicy(string url)
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);

        var page = await HtmlPage.GetAsync(_client, url);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Single(page.All("h1"));
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Simulated clock: the portal is set to 2 November 2021, 10:00 (Brussels time)", page.BodyText, StringComparison.Ordinal);
        var csp = string.Join(' ', page.Response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("font-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Empty(page.All("script:not([src])"));
        Assert.Empty(page.All("[style]"));
    }

    [Theory]
    [InlineData("/Programme", "/programme")]
    [InlineData("/THEMES", "/themes")]
    public async Task PublicUrls_AreCaseInsensitiveAndLinkedInLowerCase(string asked, string linked)
    {
        var page = await HtmlPage.GetAsync(_client, asked);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(linked, page.All(".ecl-menu__link").Select(a => a.GetAttribute("href")));
    }
}
