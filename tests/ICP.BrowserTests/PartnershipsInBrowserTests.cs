using ICP.Domain.Applications;
using ICP.Domain.Selection;
using ICP.Testing;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Demo;
using ICP.Web.Features.Selection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace ICP.BrowserTests;

/// <summary>
/// The partnerships in a real browser, by keyboard: the manager generates the proposal, confirms and
/// publishes it; the staff page and the public /partnerships page pass axe in English and French
/// and stay on the portal's origin.
/// </summary>
public sealed class PartnershipsInBrowserTests(BrowserFixture browser, KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    [Fact]
    public async Task Manager_GeneratesConfirmsAndPublishes_ByKeyboard_PagesPassAxeInEnglishAndFrench()
    {
        await SelectedCitiesAsync();
        await using var context = await browser.NewContextAsync(portal.ServerAddress);
        var manager = new PageWatcher(await context.NewPageAsync());
        await SignInAsync(manager, DemoData.ManagerEmail);

        await manager.Page.GotoAsync("/admin/partnerships");
        await manager.AssertAccessibleAsync();
        await manager.Page.Locator("#maxPartners").FocusAsync();
        await manager.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(manager.Page.Locator("#notice")).ToContainTextAsync("The proposal was generated.");
        await Assertions.Expect(manager.Page.Locator("#pairs tbody tr")).Not.ToHaveCountAsync(0);
        await manager.AssertAccessibleAsync();

        await manager.Page.GetByRole(AriaRole.Button, new() { Name = "Confirm the partnerships" }).FocusAsync();
        await manager.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(manager.Page.Locator("#plan-state")).ToHaveAttributeAsync("data-state", "Confirmed");
        await manager.Page.GetByRole(AriaRole.Button, new() { Name = "Publish on the public site" }).FocusAsync();
        await manager.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(manager.Page.Locator("#plan-state")).ToHaveAttributeAsync("data-state", "Published");
        await manager.AssertAccessibleAsync();
        await manager.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("staff-partnerships.png"), FullPage = true });

        await manager.Page.GotoAsync("/admin/partnerships?culture=fr");
        await Assertions.Expect(manager.Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await manager.AssertAccessibleAsync();

        foreach (var culture in new[] { "fr", "en" })
        {
            await manager.Page.GotoAsync($"/partnerships?culture={culture}");
            await Assertions.Expect(manager.Page.Locator("section[data-cluster]").First).ToBeVisibleAsync();
            await manager.AssertAccessibleAsync();
        }

        await manager.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("public-partnerships.png"), FullPage = true });
        manager.AssertStayedOn(portal.ServerAddress);
    }

    /// <summary>Two Canadian and two EU cities selected and released, through the selection workflow.</summary>
    private async Task SelectedCitiesAsync()
    {
        await SelectionSetup.ReadyAsync(portal, 40, "CA", "EU");
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICP.Infrastructure.Persistence.IcpDbContext>();
        var selection = scope.ServiceProvider.GetRequiredService<SelectionWorkflow>();
        var manager = await db.Users.Where(u => u.Email == DemoData.ManagerEmail).Select(u => u.Id).SingleAsync();
        var by = new StaffContext(manager, "Programme manager", DemoData.ManagerEmail, true, false);
        var submitted = await db.Applications.AsNoTracking().Where(a => a.Status == ApplicationStatus.Submitted).OrderBy(a => a.Id).ToListAsync();
        var chosen = submitted.Where(a => a.QuotaGroupCode == "CA").Take(2)
            .Concat(submitted.Where(a => a.QuotaGroupCode == "EU").DistinctBy(a => a.TerritoryCode).Take(2));
        foreach (var application in chosen)
        {
            await selection.StageAsync(application.Id, DecisionOutcome.Selected, "Selected for the test.", by, CancellationToken.None);
        }

        await selection.ReleaseAsync("CA", by, CancellationToken.None);
        await selection.ReleaseAsync("EU", by, CancellationToken.None);
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
        await page.GetByLabel("Code").FillAsync(StaffJourney.NextCode(portal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin"));
    }
}
