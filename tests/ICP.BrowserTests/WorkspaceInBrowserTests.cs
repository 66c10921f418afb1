using ICP.Domain.Cooperation;
using ICP.Infrastructure.Persistence;
using ICP.Testing;
using ICP.Web.Features.Cooperation;
using ICP.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace ICP.BrowserTests;

/// <summary>
/// The participating city's workspace in a real browser, with the keyboard alone: sign in, open a
/// partner of the cluster, register a delegate for a study visit and one for the closing conference, hand in an output, make the city's
/// private calendar address. The workspace,
/// the partner and visit pages, the staff outputs, delegates and cooperation pages and
/// /partnerships with a published output pass axe in English and French and stay on the portal's
/// origin.
/// </summary>
public sealed class WorkspaceInBrowserTests(BrowserFixture browser, KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    [Fact]
    public async Task ACity_UsesItsWorkspace_ByKeyboard_AndEveryNewPagePassesAxeInEnglishAndFrench()
    {
        var setup = await CooperationSetup.PublishedAsync(portal);
        var visit = await CooperationSetup.StudyVisitAsync(portal, "Study visit to Cape Town", new DateTimeOffset(2022, 5, 20, 22, 0, 0, TimeSpan.Zero), limit: 2);
        var conference = await CooperationSetup.ConferenceAsync(portal, new DateTimeOffset(2022, 5, 20, 22, 0, 0, TimeSpan.Zero), capacity: 50, placesForCities: 10, limit: 2);
        var city = setup.Canada[0];
        var partner = setup.ById(setup.PartnerOf[city.ApplicationId]);
        await using var context = await browser.NewContextAsync(portal.ServerAddress);
        var watcher = new PageWatcher(await context.NewPageAsync());
        var keyboard = new KeyboardUser(watcher.Page);
        var page = watcher.Page;

        // Sign in with the keyboard; the city lands on its workspace.
        await page.GotoAsync("/account/login");
        await keyboard.SkipToContentAsync();
        await keyboard.TypeIntoAsync("#Form_Email", city.OfficerEmail);
        await keyboard.TypeIntoAsync("#Form_Password", DemoData.Password);
        await keyboard.ActivateAsync("main form button[type=submit]");
        await Assertions.Expect(page.Locator("#participating")).ToBeVisibleAsync();
        await watcher.AssertAccessibleAsync();

        // Its partner, from the cluster's table.
        await keyboard.SkipToContentAsync();
        await keyboard.ActivateAsync($"a[href='/applicant/partners/{partner.ApplicationId}']");
        await Assertions.Expect(page.Locator("#partner")).ToHaveAttributeAsync("data-member", partner.Reference);
        await Assertions.Expect(page.Locator("#contacts li").First).ToContainTextAsync("Mayor of " + partner.Name);
        await watcher.AssertAccessibleAsync();
        await keyboard.SkipToContentAsync();
        await keyboard.ActivateAsync("main a[href='/applicant']");

        // An output: kind, title, the file chosen from the keyboard, handed in.
        await keyboard.SkipToContentAsync();
        await keyboard.ChooseAsync("#Form_Kind", nameof(OutputKind.GoodPracticeNote));
        await keyboard.TypeIntoAsync("#Form_Title", "Repair cafés in every district");
        await keyboard.TabToAsync("#file");
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Space"));
        await chooser.SetFilesAsync(new FilePayload { Name = "repair-cafes.pdf", MimeType = "application/pdf", Buffer = TestDocuments.Pdf("Repair cafés") });
        await keyboard.ActivateAsync("#hand-in-button");
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("The output was handed in.");
        await Assertions.Expect(page.Locator("#output-list tbody tr")).ToHaveCountAsync(1);
        await watcher.AssertAccessibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("city-workspace.png"), FullPage = true });

        // A delegate for the study visit, from the workspace's list of activities.
        await keyboard.SkipToContentAsync();
        await keyboard.ActivateAsync($"#upcoming a[href='/applicant/visits/{visit}']");
        await Assertions.Expect(page.Locator("#visit")).ToHaveAttributeAsync("data-visit", visit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await keyboard.SkipToContentAsync();
        await keyboard.TypeIntoAsync("#Form_Name", "Ana Silva");
        await keyboard.TypeIntoAsync("#Form_Role", "Head of the environment department");
        await keyboard.TypeIntoAsync("#Form_Email", "ana.silva@city.example");
        await keyboard.ActivateAsync("#add-delegate-button");
        await Assertions.Expect(page.Locator("#delegates li")).ToHaveCountAsync(1);
        await watcher.AssertAccessibleAsync();

        // A delegate for the closing conference, into the places kept for the cities.
        await page.GotoAsync("/applicant");
        await keyboard.SkipToContentAsync();
        await keyboard.ActivateAsync($"#upcoming li[data-activity='{conference}'] a[href='/applicant/visits/{conference}']");
        await Assertions.Expect(page.Locator("#delegates-first")).ToBeVisibleAsync();
        await keyboard.SkipToContentAsync();
        await keyboard.TypeIntoAsync("#Form_Name", "Rui Costa");
        await keyboard.TypeIntoAsync("#Form_Role", "Mayor");
        await keyboard.TypeIntoAsync("#Form_Email", "rui.costa@city.example");
        await keyboard.ActivateAsync("#add-delegate-button");
        await Assertions.Expect(page.Locator("#delegates li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#city-places-free")).ToHaveTextAsync("9");
        await watcher.AssertAccessibleAsync();

        // The city's private calendar address, made with the keyboard and shown once in a field to copy.
        await page.GotoAsync("/applicant");
        await keyboard.SkipToContentAsync();
        await keyboard.ActivateAsync("#calendar-feed-button");
        await Assertions.Expect(page.Locator("#calendar-feed-url")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/calendar/city/[A-Za-z0-9_-]{43}\\.ics"));
        await watcher.AssertAccessibleAsync();

        foreach (var url in new[] { "/applicant?culture=fr", $"/applicant/partners/{partner.ApplicationId}?culture=fr", $"/applicant/visits/{visit}?culture=fr", $"/applicant/visits/{conference}?culture=fr" })
        {
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
            await watcher.AssertAccessibleAsync();
        }

        watcher.AssertStayedOn(portal.ServerAddress);

        // Staff review it and publish it; the staff page and the public page pass axe in both languages.
        await PublishAsync();
        await using var staffContext = await browser.NewContextAsync(portal.ServerAddress);
        var manager = new PageWatcher(await staffContext.NewPageAsync());
        await SignInAsStaffAsync(manager);
        foreach (var url in new[] { "/admin/outputs?culture=en", "/admin/outputs?culture=fr", "/partnerships?culture=fr", "/partnerships?culture=en" })
        {
            await manager.Page.GotoAsync(url);
            await Assertions.Expect(manager.Page.Locator("main")).ToContainTextAsync("Repair cafés in every district");
            await manager.AssertAccessibleAsync();
        }

        foreach (var url in new[] { $"/admin/visits/{visit}/delegates?culture=en", $"/admin/visits/{visit}/delegates?culture=fr", "/admin/cooperation?culture=fr", "/admin/cooperation?culture=en" })
        {
            await manager.Page.GotoAsync(url);
            await Assertions.Expect(manager.Page.Locator("main")).ToContainTextAsync("Study visit to Cape Town");
            await manager.AssertAccessibleAsync();
        }

        foreach (var url in new[] { $"/admin/visits/{conference}/delegates?culture=en", $"/admin/visits/{conference}/delegates?culture=fr", $"/admin/activities/{conference}?culture=fr", $"/activities/{conference}?culture=fr", $"/activities/{conference}?culture=en" })
        {
            await manager.Page.GotoAsync(url);
            await Assertions.Expect(manager.Page.Locator("main")).ToContainTextAsync(url.StartsWith("/admin/visits", StringComparison.Ordinal) ? "Rui Costa" : "Closing conference");
            await manager.AssertAccessibleAsync();
        }

        manager.AssertStayedOn(portal.ServerAddress);
    }

    private async Task PublishAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IcpDbContext>();
        var output = await db.CityOutputs.AsNoTracking().SingleAsync();
        var manager = await db.Users.Where(u => u.Email == DemoData.ManagerEmail).Select(u => u.Id).SingleAsync();
        await scope.ServiceProvider.GetRequiredService<OutputWorkflow>().PublishAsync(output.Id, output.ConcurrencyToken, CooperationSetup.Manager(manager), CancellationToken.None);
    }

    /// <summary>Password, then the code the demo authenticator shows at the portal's clock.</summary>
    private async Task SignInAsStaffAsync(PageWatcher watcher)
    {
        var page = watcher.Page;
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync(DemoData.ManagerEmail);
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await page.GetByLabel("Code").FillAsync(StaffJourney.NextCode(portal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin"));
    }
}
