using Xunit;

namespace ICP.BrowserTests;

/// <summary>A browser test fails on a 5xx response or a console error that it never looked at.</summary>
public sealed class BrowserErrorsTests(BrowserFixture browser, KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    [Fact]
    public async Task ServerErrorAndConsoleError_FailTheTest_EvenUnlooked()
    {
        await using var context = await browser.NewContextAsync(portal.ServerAddress);
        // A 500 the portal itself would never give: the browser is answered by a route of the test's own.
        await context.RouteAsync("**/broken-endpoint", route => route.FulfillAsync(new() { Status = 500, Body = "broken" }));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.EvaluateAsync("async () => { await fetch('/broken-endpoint'); console.error('something broke'); }");

        // What the after-test hook does for this test, run here so that its verdict can be checked
        // (it forgets what it reported, so the real hook then finds nothing).
        var hook = new FailOnBrowserErrorsAttribute();
        var test = (Xunit.v3.IXunitTest)TestContext.Current.Test!;
        var failure = Assert.Throws<InvalidOperationException>(() => hook.After(typeof(BrowserErrorsTests).GetMethod(nameof(ServerErrorAndConsoleError_FailTheTest_EvenUnlooked))!, test));
        Assert.Contains("/broken-endpoint answered 500", failure.Message, StringComparison.Ordinal);
        Assert.Contains("console error: something broke", failure.Message, StringComparison.Ordinal);
    }
}
