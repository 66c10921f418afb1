using System.Net;
using ICP.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Forms;

/// <summary>
/// The one-time notice after a form ("Saved.") reaches the tab that posted it, even when several
/// tabs of one browser post at the same time and their pages load in any order.
/// </summary>
public sealed class NoticePerTabTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task TwoTabsSaveAtOnce_EachPageShowsItsOwnNotice_OnceOnly()
    {
        var cookies = new CookieContainer();
        var (journey, id) = await ApplicantJourney.DraftAsync(_portal, "tabs@city.example", "Tabs City", "IT", _portal.CreateClientWithCookies(cookies));

        // Two tabs of the same browser (same cookies), each with its own step form, both saved before
        // either page loads; the browser follows the redirects later, the second tab's first.
        using var tabs = _portal.CreateDefaultClient(new CookieContainerHandler(cookies));
        var themes = await journey.GetAsync($"/applicant/applications/{id}/steps/themes");
        var contact = await journey.GetAsync($"/applicant/applications/{id}/steps/local-authority");
        var savedThemes = await PostWithoutFollowingAsync(tabs, themes, "#step-form", [Field("PrimaryTheme", "air-quality")]);
        var savedContact = await PostWithoutFollowingAsync(tabs, contact, "#step-form", []);
        Assert.Equal(HttpStatusCode.Redirect, savedThemes.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, savedContact.StatusCode);
        Assert.NotEqual(savedThemes.Headers.Location, savedContact.Headers.Location);

        var contactPage = await HtmlPage.GetAsync(tabs, savedContact.Headers.Location!.OriginalString);
        var themesPage = await HtmlPage.GetAsync(tabs, savedThemes.Headers.Location!.OriginalString);
        Assert.StartsWith("Saved.", contactPage.Element("#notice").TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("Saved.", themesPage.Element("#notice").TextContent.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("/steps/themes", themesPage.Response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);

        // Reloading a page does not show its notice again.
        var reloaded = await HtmlPage.GetAsync(tabs, savedThemes.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, reloaded.StatusCode);
        Assert.Null(reloaded.Document.QuerySelector("#notice"));
    }

    [Fact]
    public async Task NoticeAddressOpenedInAnotherBrowser_ShowsNoNotice()
    {
        var cookies = new CookieContainer();
        var (journey, id) = await ApplicantJourney.DraftAsync(_portal, "shared@city.example", "Shared City", "FR", _portal.CreateClientWithCookies(cookies));
        using var tab = _portal.CreateDefaultClient(new CookieContainerHandler(cookies));
        var step = await journey.GetAsync($"/applicant/applications/{id}/steps/themes");
        var saved = await PostWithoutFollowingAsync(tab, step, "#step-form", [Field("PrimaryTheme", "energy-transition")]);
        var address = saved.Headers.Location!.OriginalString;
        Assert.Contains("?notice=", address, StringComparison.Ordinal);

        // The same person in a second browser (signed in, but without the first browser's notice cookie).
        var other = await ApplicantJourney.SignInExistingAsync(_portal, "shared@city.example", ApplicantJourney.StrongPassword);
        var elsewhere = await other.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Null(elsewhere.Document.QuerySelector("#notice"));

        // A made-up or malformed notice id is ignored; the page is the ordinary page.
        foreach (var forged in new[] { "0123456789abcdef", "../../x", "ZZZZZZZZZZZZZZZZ" })
        {
            var page = await journey.GetAsync($"/applicant/applications/{id}/steps/themes?notice={Uri.EscapeDataString(forged)}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Null(page.Document.QuerySelector("#notice"));
        }

        // The first browser still gets its own.
        var mine = await HtmlPage.GetAsync(tab, address);
        Assert.NotNull(mine.Document.QuerySelector("#notice"));
    }

    [Fact]
    public async Task NoticeOnThePublicHome_IsRenderedForThatVisitor_AndNotCachedForOthers()
    {
        var cookies = new CookieContainer();
        var (journey, _) = await ApplicantJourney.DraftAsync(_portal, "leaving@city.example", "Leaving City", "ES", _portal.CreateClientWithCookies(cookies));
        using var tab = _portal.CreateDefaultClient(new CookieContainerHandler(cookies));
        var delete = await journey.GetAsync("/account/personal-data");
        var deleted = await PostWithoutFollowingAsync(tab, delete, "#delete-form", [Field("Password", ApplicantJourney.StrongPassword), Field("ConfirmDeletion", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var home = deleted.Headers.Location!.OriginalString;
        Assert.StartsWith("/?notice=", home, StringComparison.Ordinal);

        var shown = await HtmlPage.GetAsync(tab, home);
        Assert.Contains("Your account was deleted", shown.Element("#notice").TextContent, StringComparison.Ordinal);

        // Another visitor opening the same address gets the plain home page, not the first one's notice.
        var stranger = await HtmlPage.GetAsync(_portal.CreateVisitorClient(), home);
        Assert.Equal(HttpStatusCode.OK, stranger.StatusCode);
        Assert.Null(stranger.Document.QuerySelector("#notice"));
    }

    private static async Task<HttpResponseMessage> PostWithoutFollowingAsync(HttpClient client, HtmlPage page, string formSelector, KeyValuePair<string, string>[] values)
    {
        var fields = CurrentValues(page.Form(formSelector));
        foreach (var value in values)
        {
            fields.RemoveAll(f => f.Key == value.Key);
            fields.Add(value);
        }

        var action = page.Form(formSelector).GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Response.RequestMessage!.RequestUri! : new Uri(page.Response.RequestMessage!.RequestUri!, action);
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }
}
