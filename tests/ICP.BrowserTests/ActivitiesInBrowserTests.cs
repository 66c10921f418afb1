using ICP.Domain.Activities;
using ICP.Domain.Programme;
using ICP.Testing;
using ICP.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace ICP.BrowserTests;

/// <summary>
/// The public registration journey with the keyboard alone (list → activity → form → e-mailed link
/// → confirmed → cancel link), every new page passing axe in English and French and staying on the
/// portal's origin; then the staff's activity pages.
/// </summary>
public sealed class ActivitiesInBrowserTests(BrowserFixture browser, KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    private static readonly DateTimeOffset Now = new(2022, 6, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Visitor_RegistersConfirmsAndCancels_WithTheKeyboardAlone_PagesPassAxeInEnglishAndFrench()
    {
        portal.Clock.SetUtcNow(Now);
        var id = await SessionAsync();
        await using var context = await browser.NewContextAsync(portal.ServerAddress);
        var visitor = new PageWatcher(await context.NewPageAsync());
        var keys = new KeyboardUser(visitor.Page);

        await visitor.Page.GotoAsync("/activities");
        await visitor.AssertAccessibleAsync();
        await keys.SkipToContentAsync();
        await keys.ActivateAsync($"#upcoming-list a[href='/activities/{id}']");
        await Assertions.Expect(visitor.Page.Locator("#places")).ToContainTextAsync("2 places left.");
        await visitor.AssertAccessibleAsync();
        await keys.ActivateAsync("#register-link");
        await visitor.AssertAccessibleAsync();

        await keys.TypeIntoAsync("#Form_Name", "Ana Pereira");
        await keys.TypeIntoAsync("#Form_Email", "ana.browser@example.org");
        await keys.TypeIntoAsync("#Form_Organisation", "Câmara Municipal de Lisboa");
        await keys.ChooseAsync("#Form_CountryCode", "PT");
        await keys.TickAsync("#Form_Consent");
        await keys.ActivateAsync("#registration-form button[type=submit]");
        await Assertions.Expect(visitor.Page.Locator("#sent")).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();

        var confirm = Mailbox.LinkIn(await portal.Mailbox.WaitForAsync("ana.browser@example.org", "Confirm your registration"), "/activities/confirm");
        await visitor.Page.GotoAsync(confirm.PathAndQuery);
        await visitor.AssertAccessibleAsync();
        await keys.ActivateAsync("#link-form button");
        await Assertions.Expect(visitor.Page.Locator("#outcome")).ToHaveAttributeAsync("data-outcome", "Confirmed");
        await visitor.AssertAccessibleAsync();
        await visitor.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("activity-confirmed.png"), FullPage = true });

        var cancel = Mailbox.LinkIn(await portal.Mailbox.WaitForAsync("ana.browser@example.org", "Registration confirmed"), "/activities/cancel");
        await visitor.Page.GotoAsync(cancel.PathAndQuery);
        await keys.ActivateAsync("#link-form button");
        await Assertions.Expect(visitor.Page.Locator("#outcome")).ToHaveAttributeAsync("data-outcome", "Cancelled");

        foreach (var path in new[] { "/activities", $"/activities/{id}", $"/activities/{id}/register", "/activities/confirm?token=unknown" })
        {
            await visitor.Page.GotoAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=fr");
            await Assertions.Expect(visitor.Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
            await visitor.AssertAccessibleAsync();
        }

        visitor.AssertStayedOn(portal.ServerAddress);
    }

    [Fact]
    public async Task StaffActivityPages_WithTheOutputsFormAndThePublicList_PassAxeInEnglishAndFrench()
    {
        portal.Clock.SetUtcNow(Now);
        await StaffJourney.SeedStaffAsync(portal, 0);
        var id = await SessionAsync();
        await using var context = await browser.NewContextAsync(portal.ServerAddress);
        var manager = new PageWatcher(await context.NewPageAsync());
        var page = manager.Page;
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync(DemoData.ManagerEmail);
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await page.GetByLabel("Code").FillAsync(StaffJourney.NextCode(portal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin"));

        // The outputs form: a refused link shows its message beside the field (checked by axe), then a file and a link are added.
        await page.GotoAsync($"/admin/activities/{id}");
        await page.SelectOptionAsync("#OutputForm_Kind", "Recording");
        await page.FillAsync("#OutputForm_Title", "Recording of the session");
        await page.FillAsync("#OutputForm_Link", "http://video.example.eu/icp/air");
        await page.ClickAsync("#add-output-button");
        await Assertions.Expect(page.Locator("#form-errors")).ToContainTextAsync("Enter the link as a full https:// address.");
        await manager.AssertAccessibleAsync();
        await page.FillAsync("#OutputForm_Link", "https://video.example.eu/icp/air");
        await page.Locator("label[for='OutputForm_IsPublic']").ClickAsync();
        await page.ClickAsync("#add-output-button");
        await Assertions.Expect(page.Locator("#notice")).ToContainTextAsync("The output was added.");
        await page.SelectOptionAsync("#OutputForm_Kind", "Slides");
        await page.FillAsync("#OutputForm_Title", "Slides of the session");
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "slides.pdf", MimeType = "application/pdf", Buffer = TestDocuments.Pdf("Slides") });
        await page.Locator("label[for='OutputForm_IsPublic']").ClickAsync();
        await page.ClickAsync("#add-output-button");
        await Assertions.Expect(page.Locator("#outputs-table tbody tr")).ToHaveCountAsync(2);

        foreach (var culture in new[] { "en", "fr" })
        {
            foreach (var path in new[] { "/admin/activities", $"/admin/activities/{id}", "/admin/activities/new/study-visit", "/admin/activities/new/closing-conference", "/admin/cooperation", $"/activities/{id}" })
            {
                await page.GotoAsync($"{path}?culture={culture}");
                await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
                await manager.AssertAccessibleAsync();
            }
        }

        await Assertions.Expect(page.Locator("#outputs li")).ToHaveCountAsync(2);
        manager.AssertStayedOn(portal.ServerAddress);
    }

    private Task<int> SessionAsync() => portal.WithDbAsync(async db =>
    {
        var phase = await db.TimelinePhases.SingleAsync(p => p.Kind == PhaseKind.OnlineCooperation);
        var starts = new DateTimeOffset(2022, 6, 15, 8, 0, 0, TimeSpan.Zero);
        var activity = Activity.Create(phase, ActivityKind.OnlineSession, new ActivityDetails(
            $"Air quality in port cities {Guid.NewGuid():N}"[..40], "Speakers from Busan and Marseille.", starts, starts.AddHours(2), "Europe/Brussels", true,
            ThemeSlug: "air-quality", Speakers: "A. Kim", JoiningLink: "https://meet.example.eu/icp/air", Capacity: 2), "seed", Now.AddDays(-10));
        db.Activities.Add(activity);
        await db.SaveChangesAsync();
        return activity.Id;
    });
}
