using System.Net;
using ICP.Testing;
using Xunit;

namespace ICP.IntegrationTests.Public;

public sealed class LanguageAndErrorsTests(FailingPortalFactory portal) : IClassFixture<FailingPortalFactory>
{
    [Fact]
    public async Task ChoosingFrench_SetsACookie_AndEveryPageThenSpeaksFrench()
    {
        var client = portal.CreateClient();
        var languages = await HtmlPage.GetAsync(client, "/language?returnUrl=%2Ftimeline");

        var french = await client.SubmitAsync(languages, "#languages li:nth-child(2) form");

        Assert.Equal(HttpStatusCode.OK, french.StatusCode);
        Assert.Equal("/timeline", french.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("fr", french.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Calendrier", french.Texts("h1").Single());
        var home = await HtmlPage.GetAsync(client, "/");
        Assert.Contains("L'appel aux villes est ouvert", home.MainText, StringComparison.Ordinal);
        Assert.Contains("Date limite : 15 novembre 2021, 23:59:59 (heure de Bruxelles)", home.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoosingALanguage_WithoutTheAntiforgeryToken_IsRefusedAndChangesNothing()
    {
        var client = portal.CreateClient();

        var response = await client.PostAsync(new Uri("/language", UriKind.Relative), new FormUrlEncodedContent([new("culture", "fr"), new("returnUrl", "/")]));
        var home = await HtmlPage.GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".ICP.Culture", StringComparison.Ordinal)));
        Assert.Equal("en", home.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task ChoosingALanguage_NeverRedirectsToAnotherSite()
    {
        var client = portal.CreateClient();
        var languages = await HtmlPage.GetAsync(client, "/language");

        var result = await client.SubmitAsync(languages, "#languages li:nth-child(2) form", [FormSubmission.Field("returnUrl", "https://evil.example/")]);

        Assert.Equal("localhost", result.Response.RequestMessage!.RequestUri!.Host);
        Assert.Equal("/", result.Response.RequestMessage.RequestUri.AbsolutePath);
    }

    [Fact]
    public async Task UnknownPage_AnswersAFriendly404()
    {
        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("Page not found", page.Texts("h1").Single());
        Assert.NotNull(page.Document.QuerySelector("footer.ecl-site-footer"));
    }

    [Fact]
    public async Task Failure_AnswersAFriendly500_WithAReferenceAndNoStackTrace()
    {
        portal.ServerErrors.Expect("the test-only controller throws on purpose", e => e.RequestPath == "/test/fail");
        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/test/fail");

        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Equal("Something went wrong", page.Texts("h1").Single());
        Assert.False(string.IsNullOrWhiteSpace(page.Texts("#error-reference").Single()));
        Assert.DoesNotContain("hunter2", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("FailingController", page.Html, StringComparison.Ordinal);
    }
}
