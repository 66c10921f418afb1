using ICP.Testing;
using ICP.Web.Features.Demo;
using Microsoft.Playwright;
using Xunit;

namespace ICP.BrowserTests;

/// <summary>
/// The staff area in a real browser: the manager signs in with a second step and assigns, two
/// evaluators score, the manager selects and releases, the public results list the city. Every staff
/// page passes axe and stays on the portal's origin.
/// </summary>
public sealed class StaffInBrowserTests(BrowserFixture browser, KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    [Fact]
    public async Task Manager_AssignsEvaluatorsScore_ManagerSelectsAndReleases_ResultsArePublic()
    {
        await SelectionSetup.UnassignedAsync(portal, applications: 1, evaluators: 2); // one submitted Canadian application

        portal.Clock.SetUtcNow(SelectionSetup.AfterDeadline);
        await using var managerContext = await browser.NewContextAsync(portal.ServerAddress);
        var manager = new PageWatcher(await managerContext.NewPageAsync());
        await SignInAsync(manager, DemoData.ManagerEmail);
        await Assertions.Expect(manager.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin(\\?notice=[0-9a-f]{16})?$"));
        await Assertions.Expect(manager.Page.Locator("canvas[data-chart]").First).ToBeVisibleAsync();
        await manager.AssertAccessibleAsync();
        await manager.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("staff-dashboard.png"), FullPage = true });

        await manager.Page.GotoAsync("/admin/evaluation");
        await manager.AssertAccessibleAsync();
        await manager.Page.GetByRole(AriaRole.Button, new() { Name = "Assign evaluators automatically" }).ClickAsync();
        await Assertions.Expect(manager.Page.Locator("#notice")).ToContainTextAsync("2 assignments were made.");

        foreach (var number in new[] { 1, 2 })
        {
            await using var context = await browser.NewContextAsync(portal.ServerAddress);
            var evaluator = new PageWatcher(await context.NewPageAsync());
            await SignInAsync(evaluator, $"evaluator{number}@{DemoData.Domain}");
            await evaluator.Page.GotoAsync("/admin/evaluations");
            await evaluator.AssertAccessibleAsync();
            await evaluator.Page.Locator("#assignments tbody a").First.ClickAsync();
            await evaluator.AssertAccessibleAsync();
            foreach (var select in await evaluator.Page.Locator("#score-form select").AllAsync())
            {
                await select.SelectOptionAsync("4");
            }

            await evaluator.Page.GetByLabel("Overall comment").FillAsync("Clear plan, committed leadership.");
            await evaluator.Page.GetByRole(AriaRole.Button, new() { Name = "Submit the evaluation" }).ClickAsync();
            await Assertions.Expect(evaluator.Page.Locator("#weighted-total")).ToContainTextAsync("80.00");
            await evaluator.AssertAccessibleAsync();
            await evaluator.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor($"staff-evaluation-{number}.png"), FullPage = true });
            if (number == 1)
            {
                await evaluator.Page.GotoAsync("/admin/evaluations/declaration");
                await evaluator.AssertAccessibleAsync();
            }

            evaluator.AssertStayedOn(portal.ServerAddress);
        }

        await manager.Page.GotoAsync("/admin/applications");
        await manager.AssertAccessibleAsync();
        await manager.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("staff-applications.png"), FullPage = true });
        await manager.Page.Locator("#applications tbody a").First.ClickAsync();
        await Assertions.Expect(manager.Page.Locator("#consolidated")).ToContainTextAsync("80.00");
        await manager.AssertAccessibleAsync();
        await manager.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("staff-application-detail.png"), FullPage = true });

        await manager.Page.GotoAsync("/admin/selection");
        await manager.AssertAccessibleAsync();
        await manager.Page.GotoAsync("/admin/selection/CA");
        await manager.AssertAccessibleAsync();
        await manager.Page.Locator(".icp-stage-form select").First.SelectOptionAsync("Selected");
        await manager.Page.Locator(".icp-stage-form").First.GetByRole(AriaRole.Button, new() { Name = "Stage" }).ClickAsync();
        await Assertions.Expect(manager.Page.Locator("#seats-taken")).ToHaveTextAsync("1");
        await manager.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("staff-selection-board.png"), FullPage = true });
        await manager.Page.Locator("#preview-link").ClickAsync();
        await manager.AssertAccessibleAsync();
        await manager.Page.GetByRole(AriaRole.Button, new() { Name = "Release and send" }).ClickAsync();
        await Assertions.Expect(manager.Page.Locator("#notice")).ToContainTextAsync("The decisions were released");

        foreach (var url in new[] { "/admin/deadline", "/admin/messages", "/admin/audit", "/admin/staff", "/admin/retention" })
        {
            await manager.Page.GotoAsync(url);
            await manager.AssertAccessibleAsync();
        }

        manager.AssertStayedOn(portal.ServerAddress);
        var city = await portal.WithDbAsync(db => Task.FromResult(db.LocalAuthorities.Select(a => a.OfficialName).Single()));
        await manager.Page.GotoAsync("/results");
        await Assertions.Expect(manager.Page.Locator("#results")).ToContainTextAsync(city);
        await manager.AssertAccessibleAsync();
    }

    /// <summary>Password, then the code the demo authenticator shows at the portal's clock.</summary>
    private async Task SignInAsync(PageWatcher watcher, string email)
    {
        var page = watcher.Page;
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login/two-factor"));
        await watcher.AssertAccessibleAsync();
        await page.GetByLabel("Code").FillAsync(StaffJourney.NextCode(portal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin"));
    }
}
