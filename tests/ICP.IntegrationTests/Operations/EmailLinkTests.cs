using ICP.Testing;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Operations;

/// <summary>Links in e-mails carry secrets (reset tokens): they never point where a request's Host header says.</summary>
public sealed class EmailLinkTests
{
    [Fact]
    public async Task AForgedHostHeader_DoesNotReachTheResetLink()
    {
        await using var portal = new PortalFactory();
        await ApplicantJourney.RegisterAsync(portal, "victim@city.example", "Victim");
        var attacker = portal.CreateClient();
        var form = await HtmlPage.GetAsync(attacker, "/account/forgot-password");

        attacker.DefaultRequestHeaders.Host = "evil.example";
        await attacker.SubmitAsync(form, "main form", [Field("Email", "victim@city.example")]);

        var mail = await portal.Mailbox.WaitForAsync("victim@city.example", "Choose a new password for the ICP portal");
        Assert.DoesNotContain("evil.example", mail.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("localhost", Mailbox.LinkIn(mail, "/account/reset-password").Host);
    }

    [Fact]
    public async Task WithPortalBaseUrl_LinksUseIt()
    {
        await using var portal = new PortalFactory().WithSetting("Portal:BaseUrl", "https://icp.example.eu/");
        await ApplicantJourney.RegisterAsync(portal, "someone@city.example", "Someone");
        var client = portal.CreateClient();

        await client.SubmitAsync(await HtmlPage.GetAsync(client, "/account/forgot-password"), "main form", [Field("Email", "someone@city.example")]);

        var mail = await portal.Mailbox.WaitForAsync("someone@city.example", "Choose a new password for the ICP portal");
        Assert.Contains("https://icp.example.eu/account/reset-password?", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_WithoutPortalBaseUrl_RefusesToStart()
    {
        await using var portal = new PortalFactory().WithSetting("environment", "Production");

        var refused = Assert.ThrowsAny<InvalidOperationException>(() => portal.Services);

        Assert.Contains("Portal:BaseUrl", refused.Message, StringComparison.Ordinal);
    }
}
