using ICP.Testing;
using Microsoft.Playwright;
using Xunit;

namespace ICP.BrowserTests;

public sealed class PublicPagesInBrowserTests(BrowserFixture browser, KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "en", "fr" })
        {
            foreach (var page in new[] { "/", "/programme", "/themes", "/countries", "/timeline", "/apply", "/language",
                "/privacy", "/cookies", "/legal-notice", "/accessibility", "/results", "/partnerships", "/receipts/verify",
                "/receipts/verify?reference=ICP-2021-CA-0001&code=", "/receipts/verify?reference=ICP-2021-CA-0001&code=AAAA-BBBB-CCCC", "/no-such-page" })
            {
                data.Add(page, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PublicPage_PassesAxeWcag21AA_AndRequestsNothingFromAnotherOrigin(string path, string culture)
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        await using var context = await browser.NewContextAsync(portal.ServerAddress);

        var watcher = await PageWatcher.OpenAsync(context, $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}culture={culture}");

        Assert.Equal(culture, await watcher.Page.GetAttributeAsync("html", "lang"));
        await watcher.AssertAccessibleAsync();
        watcher.AssertStayedOn(portal.ServerAddress);
    }

    [Fact]
    public async Task Home_RendersWithTheEuropaComponentLibrary()
    {
        await using var context = await browser.NewContextAsync(portal.ServerAddress);

        var watcher = await PageWatcher.OpenAsync(context, "/");
        var page = watcher.Page;

        // ECL's script ran (site.js removes no-js once ECL.autoInit() has started the components).
        Assert.Equal("", await page.GetAttributeAsync("html", "class") ?? "");
        Assert.Equal("5.3.1", await page.EvaluateAsync<string>("() => window.ECL.version"));
        // ECL's stylesheet applies: its Inter font (served locally) and its dark footer.
        Assert.True(await page.EvaluateAsync<bool>("async () => { await document.fonts.ready; return document.fonts.check('16px Inter'); }"));
        Assert.StartsWith("Inter", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('h1')).fontFamily"), StringComparison.Ordinal);
        Assert.Equal("rgb(0, 0, 46)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.ecl-site-footer__main')).backgroundColor"));
        Assert.True(await page.Locator(".ecl-site-header__logo-image").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("home.png"), FullPage = true });
    }

    [Fact]
    public async Task Home_CountdownRunsDownFromThePortalsClock()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        await using var context = await browser.NewContextAsync(portal.ServerAddress);
        var watcher = await PageWatcher.OpenAsync(context, "/");
        var seconds = watcher.Page.Locator("[data-unit='seconds'] .icp-countdown__value");

        // The server printed 0 seconds left in the minute; the script counts down from there.
        await Assertions.Expect(seconds).Not.ToHaveTextAsync("0", new() { Timeout = 5_000 });
        Assert.Equal("13", await watcher.Page.Locator("[data-unit='days'] .icp-countdown__value").TextContentAsync());

        // Ticking every second, it is in no live region: screen readers are not interrupted by it.
        var live = await watcher.Page.Locator(".icp-countdown-block").EvaluateAsync<string?>(
            "e => { const r = e.querySelector('[aria-live]:not([aria-live=\"off\"]), [role=status], [role=alert], [role=log]') || e.closest('[aria-live]:not([aria-live=\"off\"]), [role=status], [role=alert], [role=log]'); return r ? r.outerHTML.slice(0, 120) : null; }");
        Assert.Null(live);
    }

    [Fact]
    public async Task Apply_ShowsTheDeadlineInTheVisitorsOwnTimeZone()
    {
        await using var context = await browser.NewContextAsync(portal.ServerAddress, new BrowserNewContextOptions { TimezoneId = "Asia/Taipei" });

        var watcher = await PageWatcher.OpenAsync(context, "/apply");
        var local = watcher.Page.Locator("#deadline-local");

        await Assertions.Expect(local).ToBeVisibleAsync();
        var text = await local.TextContentAsync();
        Assert.Contains("16 November 2021", text, StringComparison.Ordinal);
        Assert.Contains("06:59:59", text, StringComparison.Ordinal);
        Assert.Contains("Asia/Taipei", text, StringComparison.Ordinal);
        Assert.False(await watcher.Page.Locator(".icp-no-js-only").IsVisibleAsync());
    }

    [Fact]
    public async Task Timeline_HighlightsThePhaseUnderWayByThePortalsClock()
    {
        portal.Clock.SetUtcNow(new DateTimeOffset(2022, 10, 12, 9, 0, 0, TimeSpan.Zero));
        await using var context = await browser.NewContextAsync(portal.ServerAddress);

        var watcher = await PageWatcher.OpenAsync(context, "/timeline");
        var current = watcher.Page.Locator("#phases > li[aria-current='step']");

        Assert.Equal(2, await current.CountAsync());
        await Assertions.Expect(current.Nth(0)).ToContainTextAsync("Online cooperation with invited speakers");
        await Assertions.Expect(current.Nth(1)).ToContainTextAsync("Second working meeting and study visit in an EU city");
        await Assertions.Expect(watcher.Page.Locator("#simulated-clock-banner")).ToContainTextAsync("12 October 2022");
        await watcher.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("timeline.png"), FullPage = true });
    }

    [Fact]
    public async Task LanguageSelector_WorksWithoutJavaScript()
    {
        await using var context = await browser.NewContextAsync(portal.ServerAddress, new BrowserNewContextOptions { JavaScriptEnabled = false });
        var watcher = await PageWatcher.OpenAsync(context, "/themes");

        await watcher.Page.ClickAsync(".ecl-site-header__language-selector");
        await watcher.Page.ClickAsync("button[lang='fr']");

        Assert.EndsWith("/themes", watcher.Page.Url, StringComparison.Ordinal);
        Assert.Equal("Thèmes", (await watcher.Page.Locator("h1").TextContentAsync())?.Trim());
    }
}
