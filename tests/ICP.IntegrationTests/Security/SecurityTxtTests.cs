using System.Globalization;
using System.Net;
using ICP.Testing;
using Xunit;

namespace ICP.IntegrationTests.Security;

/// <summary>/.well-known/security.txt (RFC 9116): where to report a vulnerability, never expired.</summary>
public sealed class SecurityTxtTests
{
    [Fact]
    public async Task SecurityTxt_NamesTheContact_AndExpiresWithinAYearFromNow()
    {
        await using var portal = new PortalFactory()
            .WithSetting("Security:Contact", "mailto:psirt@icp.example.eu")
            .WithSetting("Portal:BaseUrl", "https://icp.example.eu");

        var response = await portal.CreateClient().GetAsync(new Uri("/.well-known/security.txt", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        var fields = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(": ", 2)).ToDictionary(p => p[0], p => p[1]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("mailto:psirt@icp.example.eu", fields["Contact"]);
        Assert.Equal("https://icp.example.eu/.well-known/security.txt", fields["Canonical"]);
        Assert.Equal("en, fr, ca, es", fields["Preferred-Languages"]);
        var expires = DateTimeOffset.Parse(fields["Expires"], CultureInfo.InvariantCulture);
        Assert.InRange(expires, portal.Clock.GetUtcNow(), portal.Clock.GetUtcNow().AddYears(1));
    }
}
