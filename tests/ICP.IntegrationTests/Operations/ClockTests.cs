using ICP.Testing;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Demo;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Operations;

public sealed class ClockTests
{
    [Fact]
    public async Task SimulatedNowSetting_PinsThePortalsClock_AndEveryPageSaysSo()
    {
        await using var portal = new PortalFactory()
            .WithSystemClock()
            .WithSetting("Clock:SimulatedNow", "2022-04-05T12:00:00+02:00")
            .WithSetting("Clock:Frozen", "true");

        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/timeline");

        Assert.Contains("Simulated clock: the portal is set to 5 April 2022, 12:00 (Brussels time)", page.BodyText, StringComparison.Ordinal);
        Assert.Equal("current", page.Element("#phase-4").GetAttribute("data-timing"));
        Assert.Contains("Today is 5 April 2022.", page.MainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021-11-15T23:30:00", false)]
    [InlineData("15/11/2021 23:30", false)]
    [InlineData("2021-11-15T23:30:00+01:00", true)]
    [InlineData("2021-11-15T22:30:00Z", true)]
    public void SimulatedNow_MustSayItsOffset_SoTheServersZoneNeverDecides(string setting, bool accepted)
    {
        if (accepted)
        {
            Assert.Equal(new DateTimeOffset(2021, 11, 15, 22, 30, 0, TimeSpan.Zero), ICP.Web.Configuration.ClockSetup.ParseInstant(setting).ToUniversalTime());
        }
        else
        {
            Assert.Contains("with an offset", Assert.Throws<InvalidOperationException>(() => ICP.Web.Configuration.ClockSetup.ParseInstant(setting)).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SimulatedClock_IsRefusedInProduction_UnlessThePortalIsADemo()
    {
        await using var production = new PortalFactory().WithSystemClock()
            .WithSetting("environment", "Production").WithSetting("Portal:BaseUrl", "https://icp.example.eu")
            .WithSetting("Clock:SimulatedNow", "2021-11-02T10:00:00+01:00");
        Assert.Contains("Clock:SimulatedNow is refused in Production", Assert.ThrowsAny<InvalidOperationException>(() => production.Services).Message, StringComparison.Ordinal);

        await using var demo = new PortalFactory().WithSystemClock()
            .WithSetting("environment", "Production").WithSetting("Portal:BaseUrl", "https://icp.example.eu")
            .WithSetting("Clock:SimulatedNow", "2021-11-02T10:00:00+01:00").WithSetting("Demo:AllowInProduction", "true");
        var page = await HtmlPage.GetAsync(demo.CreateClient(), "/");
        Assert.Contains("Simulated clock", page.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SimulatedClock_AuthenticatorCodesStillFollowRealTime_SoAPhoneCanSignInToADemo()
    {
        await using var portal = new PortalFactory()
            .WithSystemClock()
            .WithSetting("Clock:SimulatedNow", "2021-11-20T10:00:00+01:00");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(0, 0, CancellationToken.None);
        }

        var key = Totp.FromBase32(DemoData.AuthenticatorKey);
        var simulatedCode = Totp.Code(key, Totp.TimeStep(new DateTimeOffset(2021, 11, 20, 9, 0, 0, TimeSpan.Zero)));
        var client = portal.CreateClient();

        var second = await SignInAsync(client);
        var refused = await client.SubmitAsync(second, "main form", [Field("Form.Code", simulatedCode)]);
        Assert.Equal("/account/login/two-factor", refused.Response.RequestMessage!.RequestUri!.AbsolutePath);

        // What a phone shows now (taken just before use: the code must not age while the test runs).
        var phoneCode = Totp.Code(key, Totp.TimeStep(DateTimeOffset.UtcNow));
        var admitted = await client.SubmitAsync(refused, "main form", [Field("Form.Code", phoneCode)]);
        Assert.Equal("/admin", admitted.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Simulated clock", admitted.BodyText, StringComparison.Ordinal);
    }

    private static async Task<HtmlPage> SignInAsync(HttpClient client)
    {
        var login = await HtmlPage.GetAsync(client, "/account/login");
        return await client.SubmitAsync(login, "main form", [Field("Form.Email", DemoData.ManagerEmail), Field("Form.Password", DemoData.Password)]);
    }

    [Fact]
    public async Task RealClock_ShowsNoBanner()
    {
        await using var portal = new PortalFactory().WithSystemClock().WithSetting("Clock:SimulatedNow", "");

        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/");

        Assert.Null(page.Document.QuerySelector("#simulated-clock-banner"));
        Assert.Equal("closed", page.Element("#call-status").GetAttribute("data-call-state"));
    }
}
