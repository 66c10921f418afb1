using System.Net;
using ICP.Testing;
using Xunit;

namespace ICP.IntegrationTests.Public;

/// <summary>Every page rendered in French finds every interface string it asks for.</summary>
public sealed class TranslationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, DateTimeOffset> PagesAndMoments()
    {
        var data = new TheoryData<string, DateTimeOffset>();
        DateTimeOffset[] moments =
        [
            new(2021, 9, 1, 0, 0, 0, TimeSpan.Zero),     // before the call opens
            PortalFactory.InsideApplicationWindow,       // during the call
            new(2023, 6, 1, 0, 0, 0, TimeSpan.Zero),     // after the programme
        ];
        string[] pages = ["/", "/programme", "/themes", "/countries", "/timeline", "/apply", "/language", "/privacy",
            "/cookies", "/legal-notice", "/accessibility", "/no-such-page"];
        foreach (var moment in moments)
        {
            foreach (var page in pages)
            {
                data.Add(page, moment);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndMoments))]
    public async Task PageInFrench_HasNoMissingTranslation(string url, DateTimeOffset now)
    {
        portal.Clock.SetUtcNow(now);
        portal.MissingTranslations.Clear();
        var client = portal.CreateClient();

        var page = await HtmlPage.GetAsync(client, url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=fr");

        Assert.True(page.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound);
        Assert.Equal("fr", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Empty(portal.MissingTranslations.Keys);
    }
}
