using System.Net;
using ICP.Domain.Programme;
using ICP.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Public;

/// <summary>What the public side must get right beyond its content: caching, proxies, what a receipt check reveals, cookies, the deadline shown.</summary>
public sealed class PublicSafeguardsTests
{
    [Fact]
    public async Task PersonalPagesAndFiles_AreNeverStored_PublicPagesAreRevalidated()
    {
        await using var portal = new PortalFactory();
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "cache@bergen.example", "Bergen kommune", "SE");
        var documentId = await portal.WithDbAsync(db => db.ApplicationDocuments.Where(d => d.ApplicationId == id).Select(d => d.Id).SingleAsync());

        var letter = await journey.Client.GetAsync(new Uri($"/applicant/applications/{id}/documents/{documentId}", UriKind.Relative));
        var content = await journey.Client.GetAsync(new Uri($"/applicant/applications/{id}", UriKind.Relative));
        var anonymous = portal.CreateClient();
        var programme = await anonymous.GetAsync(new Uri("/programme", UriKind.Relative));
        var results = await anonymous.GetAsync(new Uri("/results.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.True(letter.Headers.CacheControl?.NoStore, "the letter of a city may be kept by a browser or proxy");
        Assert.True(content.Headers.CacheControl?.NoStore);
        Assert.True(programme.Headers.CacheControl?.NoCache, "a cache could freeze the call's state");
        Assert.False(programme.Headers.CacheControl?.NoStore);
        Assert.True(results.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task BehindAProxyThatEndsTls_TheForwardedSchemeIsBelieved_FromAKnownProxy()
    {
        await using var portal = new PortalFactory().WithSetting("Security:RequireHttps", "true").WithSetting("https_port", "443").WithKestrel();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = portal.ServerAddress };

        using var plain = await client.GetAsync(new Uri("/programme", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/programme");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var forwarded = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal("https", plain.Headers.Location!.Scheme);
        Assert.Equal(HttpStatusCode.OK, forwarded.StatusCode);
    }

    [Fact]
    public async Task ReceiptCheck_ConfirmsOnlyWhatTheReceiptStates_AndAsksForWhatIsMissing()
    {
        await using var portal = new PortalFactory();
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "receipt@malmo.example", "Malmö stad", "SE");
        await journey.SubmitAsync(id);
        await journey.SaveStepAsync(id, "themes", Field("SecondaryTheme", "air-quality"));
        await journey.SubmitAsync(id);
        var first = await portal.WithDbAsync(db => db.ApplicationVersions.Where(v => v.ApplicationId == id && v.Number == 1)
            .Select(v => new { v.ReceiptCode, Reference = db.Applications.Single(a => a.Id == id).Reference }).SingleAsync());
        var anyone = portal.CreateClient();

        var valid = await HtmlPage.GetAsync(anyone, $"/receipts/verify?reference={first.Reference}&code={first.ReceiptCode}");
        var empty = await HtmlPage.GetAsync(anyone, "/receipts/verify?reference=&code=");
        var half = await HtmlPage.GetAsync(anyone, $"/receipts/verify?reference={first.Reference}&code=");

        Assert.Equal("valid", valid.Element("#receipt-check").GetAttribute("data-result"));
        Assert.DoesNotContain("later version", valid.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("latest", valid.MainText, StringComparison.Ordinal);
        Assert.Null(empty.Document.QuerySelector("#receipt-check"));
        Assert.Equal("incomplete", half.Element("#receipt-check").GetAttribute("data-result"));
    }

    [Fact]
    public async Task TheDeadlineShown_IsTheLatestSet_EvenWhenExtensionsWereGrantedOutOfOrder()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(async db =>
        {
            // A simulated clock restarts at its setting: the second extension can carry an earlier grant time.
            var call = await db.Calls.Include(c => c.DeadlineExtensions).Include(c => c.IndividualExtensions).AsSplitQuery().SingleAsync();
            call.ExtendDeadline(new DateTimeOffset(2021, 11, 20, 23, 0, 0, TimeSpan.Zero), "Ten more days", "staff", new DateTimeOffset(2021, 11, 12, 9, 0, 0, TimeSpan.Zero));
            call.ExtendDeadline(new DateTimeOffset(2021, 11, 30, 23, 0, 0, TimeSpan.Zero), "Two more weeks", "staff", new DateTimeOffset(2021, 11, 10, 9, 0, 0, TimeSpan.Zero));
            await db.SaveChangesAsync();
        });
        portal.Clock.SetUtcNow(new DateTimeOffset(2021, 11, 25, 9, 0, 0, TimeSpan.Zero));

        var apply = await HtmlPage.GetAsync(portal.CreateClient(), "/apply");

        Assert.Contains("30 November 2021", apply.Texts("#deadline-extended").Single(), StringComparison.Ordinal);
        Assert.Contains("20 November 2021", apply.Texts("#deadline-extended").Single(), StringComparison.Ordinal);
        Assert.Equal("open", apply.Element("#call-status").GetAttribute("data-call-state"));
    }

    [Fact]
    public async Task Results_OfACallNotPublished_AreNotFound()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Calls.ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CallStatus.Draft)));
        var client = portal.CreateClient();

        foreach (var path in new[] { "/results", "/results.csv", "/results.json" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task TheCookiesPage_NamesEveryCookieThePortalSets()
    {
        await using var portal = new PortalFactory();
        await StaffJourney.SeedStaffAsync(portal, 0);
        var recorder = new SetCookieRecorder();
        var client = portal.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(), recorder);

        // A staff sign-in (password, then code), a notice after a redirect, and a change of language.
        var login = await HtmlPage.GetAsync(client, "/account/login");
        var second = await client.SubmitAsync(login, "main form", [Field("Form.Email", StaffJourney.ManagerEmail), Field("Form.Password", ICP.Web.Features.Demo.DemoData.Password)]);
        await client.SubmitAsync(second, "main form", [Field("Form.Code", StaffJourney.NextCode(portal))]);
        var staff = await HtmlPage.GetAsync(client, "/admin/staff");
        await client.SubmitAsync(staff, "#invite-form", [Field("Form.Email", "new.colleague@ec.example"), Field("Form.DisplayName", "New Colleague"), Field("Form.Role", "Evaluator")]);
        var language = await HtmlPage.GetAsync(client, "/language?returnUrl=%2F");
        var french = language.All("#languages form").Single(f => f.QuerySelector("input[name='culture']")!.GetAttribute("value") == "fr");
        await client.PostAsync(new Uri("/language", UriKind.Relative), new FormUrlEncodedContent(CurrentValues((AngleSharp.Html.Dom.IHtmlFormElement)french)));

        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/cookies");
        Assert.True(recorder.Names.Count >= 4, "Set-Cookie seen: " + string.Join(", ", recorder.Names));
        // A notice's cookie is named after its redirect (.ICP.Notice.{id}, ADR 25): the page names the family.
        Assert.Contains(recorder.Names, name => name.StartsWith(ICP.Web.Mvc.NoticeTempDataProvider.CookiePrefix, StringComparison.Ordinal));
        Assert.All(
            recorder.Names.Select(name => name.StartsWith(ICP.Web.Mvc.NoticeTempDataProvider.CookiePrefix, StringComparison.Ordinal) ? ICP.Web.Mvc.NoticeTempDataProvider.CookiePrefix + "…" : name),
            name => Assert.Contains(name, page.MainText, StringComparison.Ordinal));
    }

    private sealed class SetCookieRecorder : DelegatingHandler
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                // "Name=; expires=Thu, 01 Jan 1970…" only removes a cookie (Identity clears its external
                // sign-in cookie on every sign-in): it stores nothing, so it is not one the page must list.
                foreach (var cookie in cookies.Where(c => !c.Contains("=;", StringComparison.Ordinal)))
                {
                    Names.Add(cookie[..cookie.IndexOf('=', StringComparison.Ordinal)]);
                }
            }

            return response;
        }
    }
}
