using System.Net;
using ICP.Domain.Programme;
using ICP.Domain.Selection;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Performance;

/// <summary>
/// Anonymous public pages are rendered once and then served from the output cache, without a query,
/// until the clock changes them or staff change what they show; a signed-in visitor never gets the
/// cached copy and never leaves one behind. Query counts are counted, never timed.
/// </summary>
public sealed class PublicPageCacheTests
{
    public static TheoryData<string> PublicPages => ["/", "/programme", "/themes", "/countries", "/timeline", "/apply", "/results"];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task PublicPage_RenderedThenRepeated_AtMostTwoQueriesThenNone(string path)
    {
        await using var portal = new CountingPortalFactory();
        var client = portal.CreateClient();

        var first = await GetAsync(client, path);
        var rendered = portal.Queries.For(path);
        portal.Queries.Clear();
        var second = await GetAsync(client, path);

        Assert.InRange(rendered.Count, 1, 2);
        Assert.Empty(portal.Queries.For(path));
        Assert.Equal(first.Html, second.Html);
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task PublicPage_InAnotherLanguage_OneQueryMoreForItsTexts_ThenNone(string path)
    {
        await using var portal = new CountingPortalFactory();
        var client = portal.CreateClient();

        var first = await GetAsync(client, path, "es");
        var rendered = portal.Queries.For(path);
        portal.Queries.Clear();
        var second = await GetAsync(client, path, "es");

        Assert.InRange(rendered.Count, 1, 3);
        Assert.Empty(portal.Queries.For(path));
        Assert.Equal(first.Html, second.Html);
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task PublicPage_Anonymous_SetsNoCookie(string path)
    {
        // The output cache never stores a response that sets a cookie: a cookie here would silently end caching.
        await using var portal = new PortalFactory();
        using var client = portal.CreateClient(new() { HandleCookies = false });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []));
    }

    [Fact]
    public async Task SignedInVisitor_NeverGetsTheAnonymousCopy_AndLeavesNoneForAnonymousVisitors()
    {
        await using var portal = new CountingPortalFactory();
        var anonymous = portal.CreateClient();
        var (officer, _) = await ApplicantJourney.DraftAsync(portal, "officer@lyon.example", "Ville de Lyon", "FR");

        // An anonymous copy exists: the signed-in officer still gets a page rendered for them.
        await GetAsync(anonymous, "/themes");
        portal.Queries.Clear();
        var signedIn = await GetAsync(officer.Client, "/themes");
        Assert.Equal("officer@lyon.example", signedIn.Texts("#signed-in-as").Single());
        Assert.NotEmpty(portal.Queries.For("/themes"));

        // ...and that page was not kept: the next anonymous visitor gets the anonymous copy, untouched.
        portal.Queries.Clear();
        var again = await GetAsync(anonymous, "/themes");
        Assert.Null(again.Document.QuerySelector("#signed-in-as"));
        Assert.NotNull(again.Document.QuerySelector("#sign-in"));
        Assert.Empty(portal.Queries.For("/themes"));

        // A page a signed-in visitor saw first is not cached for anyone either.
        await GetAsync(officer.Client, "/countries");
        portal.Queries.Clear();
        var anonymousFirst = await GetAsync(anonymous, "/countries");
        Assert.Null(anonymousFirst.Document.QuerySelector("#signed-in-as"));
        Assert.NotEmpty(portal.Queries.For("/countries"));
    }

    [Fact]
    public async Task PublicPage_EachLanguage_HasItsOwnCopy()
    {
        await using var portal = new CountingPortalFactory();
        var client = portal.CreateClient();

        var english = await GetAsync(client, "/countries", "en");
        portal.Queries.Clear();
        var french = await GetAsync(client, "/countries", "fr");
        Assert.NotEmpty(portal.Queries.For("/countries"));
        portal.Queries.Clear();
        var englishAgain = await GetAsync(client, "/countries", "en");

        Assert.Equal("en", english.Element("html").GetAttribute("lang"));
        Assert.Equal("fr", french.Element("html").GetAttribute("lang"));
        Assert.Equal(english.Html, englishAgain.Html);
        Assert.Empty(portal.Queries.For("/countries"));
    }

    [Fact]
    public async Task DeadlineExtension_EvictsTheCachedPages()
    {
        await using var portal = new PortalFactory();
        var anonymous = portal.CreateClient();
        await StaffJourney.SeedStaffAsync(portal, 0);
        var manager = await StaffJourney.SignInAsync(portal, StaffJourney.ManagerEmail);
        Assert.Contains("Deadline: 15 November 2021, 23:59:59", (await GetAsync(anonymous, "/")).MainText, StringComparison.Ordinal);
        Assert.Contains("15 November 2021", (await GetAsync(anonymous, "/apply")).Texts("#deadline-brussels").Single(), StringComparison.Ordinal);

        var extended = await manager.SubmitAsync("/admin/deadline", "#extend-form", Field("CallForm.LastDay", "2021-11-30"), Field("CallForm.Reason", "Many cities asked for more time"));
        Assert.Null(extended.Document.QuerySelector("#problem"));

        var home = await GetAsync(anonymous, "/");
        Assert.Contains("Deadline: 30 November 2021, 23:59:59", home.MainText, StringComparison.Ordinal);
        Assert.NotNull(home.Document.QuerySelector("#deadline-extended"));
        Assert.Contains("30 November 2021", (await GetAsync(anonymous, "/apply")).Texts("#deadline-brussels").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventEdits_EvictTheCachedTimeline()
    {
        await using var portal = new PortalFactory();
        var anonymous = portal.CreateClient();
        Assert.NotNull((await GetAsync(anonymous, "/timeline")).Document.QuerySelector("#no-events"));

        var eventId = await portal.WithDbAsync(async db =>
        {
            var call = await db.Calls.SingleAsync();
            var brussels = TimeSpan.FromHours(1);
            var added = new ProgrammeEvent(call.Id, null, ProgrammeEventKind.KickOff, "Online info session for cities", "Questions and answers on the call.",
                new DateTimeOffset(2021, 11, 8, 10, 0, 0, brussels), new DateTimeOffset(2021, 11, 8, 12, 0, 0, brussels), "", true, true);
            db.ProgrammeEvents.Add(added);
            await db.SaveChangesAsync();
            return added.Id;
        });
        Assert.Contains("Online info session for cities", (await GetAsync(anonymous, "/timeline")).Texts("#events tbody tr").Single(), StringComparison.Ordinal);

        await portal.WithDbAsync(async db =>
        {
            db.ProgrammeEvents.Remove(await db.ProgrammeEvents.SingleAsync(e => e.Id == eventId));
            await db.SaveChangesAsync();
        });
        Assert.NotNull((await GetAsync(anonymous, "/timeline")).Document.QuerySelector("#no-events"));
    }

    [Fact]
    public async Task ReleasedResults_EvictTheCachedResultsPage()
    {
        await using var portal = new PortalFactory();
        var anonymous = portal.CreateClient();
        await SelectionSetup.ReadyAsync(portal, 60, "ZA");
        var manager = await StaffJourney.SignInAsync(portal, StaffJourney.ManagerEmail);
        var candidate = await portal.WithDbAsync(db => db.Applications.Where(a => a.QuotaGroupCode == "ZA").OrderBy(a => a.Id).Select(a => new { a.Id, a.LocalAuthorityId }).FirstAsync());
        var city = await portal.WithDbAsync(db => db.LocalAuthorities.Where(l => l.Id == candidate.LocalAuthorityId).Select(l => l.OfficialName).SingleAsync());
        Assert.NotNull((await GetAsync(anonymous, "/results")).Document.QuerySelector("#no-results"));

        await manager.StageAsync("ZA", candidate.Id, nameof(DecisionOutcome.Selected));
        Assert.NotNull((await GetAsync(anonymous, "/results")).Document.QuerySelector("#no-results"));
        await manager.ReleaseAsync("ZA");

        Assert.Contains(city, (await GetAsync(anonymous, "/results")).Texts("#results tbody tr").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CachedPage_IsNotServedPastTheInstantTheClockChangesIt()
    {
        await using var portal = new CountingPortalFactory();
        var anonymous = portal.CreateClient();
        var deadline = new DateTimeOffset(2021, 11, 15, 23, 0, 0, TimeSpan.Zero);

        // The countdown counts seconds: a second later, the page is rendered again.
        portal.Clock.SetUtcNow(deadline.AddSeconds(-10));
        Assert.Equal(["0 days", "0 hours", "0 minutes", "10 seconds"], (await GetAsync(anonymous, "/")).Texts(".icp-countdown__unit"));
        portal.Clock.SetUtcNow(deadline.AddSeconds(-9));
        Assert.Equal(["0 days", "0 hours", "0 minutes", "9 seconds"], (await GetAsync(anonymous, "/")).Texts(".icp-countdown__unit"));

        // At the deadline the call is closed, whatever was cached a tick before.
        portal.Clock.SetUtcNow(deadline.AddTicks(-1));
        Assert.Equal("open", (await GetAsync(anonymous, "/")).Element("#call-status").GetAttribute("data-call-state"));
        portal.Clock.SetUtcNow(deadline);
        Assert.Equal("closed", (await GetAsync(anonymous, "/")).Element("#call-status").GetAttribute("data-call-state"));

        // The timeline's "today" and its current phase turn at midnight in Brussels.
        portal.Clock.SetUtcNow(new DateTimeOffset(2022, 3, 31, 21, 0, 0, TimeSpan.Zero));
        var march = await GetAsync(anonymous, "/timeline");
        portal.Clock.SetUtcNow(new DateTimeOffset(2022, 3, 31, 22, 0, 0, TimeSpan.Zero));
        var april = await GetAsync(anonymous, "/timeline");
        Assert.Contains("Today is 31 March 2022.", march.MainText, StringComparison.Ordinal);
        Assert.Contains("Today is 1 April 2022.", april.MainText, StringComparison.Ordinal);
        Assert.Equal("current", april.Element("#phase-4").GetAttribute("data-timing"));
    }

    private static async Task<HtmlPage> GetAsync(HttpClient client, string path, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        var page = await HtmlPage.FromResponseAsync(await client.SendAsync(request));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }
}
