using ICP.Testing;
using Xunit;

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

    [Fact]
    public async Task RealClock_ShowsNoBanner()
    {
        await using var portal = new PortalFactory().WithSystemClock().WithSetting("Clock:SimulatedNow", "");

        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/");

        Assert.Null(page.Document.QuerySelector("#simulated-clock-banner"));
        Assert.Equal("closed", page.Element("#call-status").GetAttribute("data-call-state"));
    }
}
