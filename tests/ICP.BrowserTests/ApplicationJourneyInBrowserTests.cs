using ICP.Domain.Applications;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace ICP.BrowserTests;

/// <summary>A new officer, in a real browser, from registration to a verified receipt; then the deadline passes.</summary>
public sealed class ApplicationJourneyInBrowserTests(BrowserFixture browser, KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    private static readonly DateTimeOffset Deadline = new(2021, 11, 15, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task NewOfficer_RegistersFillsUploadsSubmitsAndVerifies_ThenTheFormTurnsReadOnly()
    {
        portal.Clock.SetUtcNow(Deadline.AddMinutes(-25));
        await using var context = await browser.NewContextAsync(portal.ServerAddress);
        var watcher = new PageWatcher(await context.NewPageAsync());
        var page = watcher.Page;

        // Register and confirm through the e-mail the portal wrote to its pickup folder.
        await page.GotoAsync("/account/register");
        await watcher.AssertAccessibleAsync();
        await page.GetByLabel("Your name").FillAsync("Thandi Nkosi");
        await page.GetByLabel("E-mail address").FillAsync("thandi@ethekwini.example");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(ApplicantJourney.StrongPassword);
        await page.GetByLabel("Repeat the password").FillAsync(ApplicantJourney.StrongPassword);
        await page.Locator("label[for='AcceptPrivacy']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();
        await Assertions.Expect(page.Locator("#check-email")).ToBeVisibleAsync();
        var mail = await portal.Mailbox.WaitForAsync("thandi@ethekwini.example", "Confirm your e-mail address");
        await page.GotoAsync(Mailbox.LinkIn(mail, "/account/confirm-email").PathAndQuery);
        await Assertions.Expect(page.Locator("#confirmed")).ToBeVisibleAsync();

        await page.GotoAsync("/account/login");
        await watcher.AssertAccessibleAsync();
        await page.GetByLabel("E-mail address").FillAsync("thandi@ethekwini.example");
        await page.GetByLabel("Password").FillAsync(ApplicantJourney.StrongPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/applicant(\\?notice=[0-9a-f]{16})?$"));
        await watcher.AssertAccessibleAsync();

        // Register the city and start.
        await page.GetByLabel("Official name of the local authority").FillAsync("eThekwini Municipality");
        await page.GetByLabel("Country or territory").SelectOptionAsync("ZA");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the local authority" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the application" }).ClickAsync();

        // Every step, filled as a person would, each page scanned.
        var answers = ApplicantJourney.CompleteAnswers("eThekwini Municipality");
        foreach (var (slug, values) in answers)
        {
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/steps/{slug}(\\?notice=[0-9a-f]{{16}})?$"));
            await watcher.AssertAccessibleAsync();
            foreach (var (name, value) in values)
            {
                var field = page.Locator($"[name='{name}']").First;
                var type = await field.GetAttributeAsync("type");
                if (type == "checkbox")
                {
                    await page.Locator($"label[for='{name}']").ClickAsync();
                }
                else if (type == "radio")
                {
                    await page.Locator($"input[name='{name}'][value='{value}'] + label").ClickAsync();
                }
                else if (await field.EvaluateAsync<string>("e => e.tagName") == "SELECT")
                {
                    await field.SelectOptionAsync(value);
                }
                else
                {
                    await field.FillAsync(value);
                }
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        }

        // The letter, as a PDF.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/document(\\?notice=[0-9a-f]{16})?$"));
        await watcher.AssertAccessibleAsync();
        await page.SetInputFilesAsync("#letter", new FilePayload { Name = "commitment-letter.pdf", MimeType = "application/pdf", Buffer = TestDocuments.Pdf() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Assertions.Expect(page.Locator("#current-document")).ToContainTextAsync("commitment-letter.pdf");

        // Review, declare, submit.
        await page.GotoAsync(page.Url.Replace("/document", "/review", StringComparison.Ordinal));
        await watcher.AssertAccessibleAsync();
        foreach (var declaration in new[] { "ConfirmAccurate", "ConfirmAuthorised", "ConfirmPublication" })
        {
            await page.Locator($"label[for='{declaration}']").ClickAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit the application" }).ClickAsync();
        await Assertions.Expect(page.Locator("#receipt-reference")).ToHaveTextAsync("ICP-2021-ZA-0001");
        await watcher.AssertAccessibleAsync();
        var code = await page.Locator("#receipt-code").TextContentAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("receipt.png"), FullPage = true });

        // Anyone can verify it.
        await page.Locator("#verify-link").ClickAsync();
        await Assertions.Expect(page.Locator("#receipt-check")).ToHaveAttributeAsync("data-result", "valid");
        await Assertions.Expect(page.Locator("#receipt-check")).ToContainTextAsync("eThekwini Municipality");
        await watcher.AssertAccessibleAsync();
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", code);

        // The team page (a team of one: nothing to hand over yet) and its invitation form.
        await page.GotoAsync("/applicant/team");
        await Assertions.Expect(page.Locator("#invite-form")).ToBeVisibleAsync();
        await watcher.AssertAccessibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("team.png"), FullPage = true });

        // The officer's own data: the export link and the deletion form.
        await page.GotoAsync("/account/personal-data");
        await Assertions.Expect(page.Locator("#export-link")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#delete-form")).ToBeVisibleAsync();
        await watcher.AssertAccessibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("personal-data.png"), FullPage = true });

        // After the deadline every step is read-only.
        portal.Clock.SetUtcNow(Deadline.AddSeconds(1));
        var id = await portal.WithDbAsync(db => db.Applications.Where(a => a.Reference == "ICP-2021-ZA-0001").Select(a => a.Id).SingleAsync());
        await page.GotoAsync($"/applicant/applications/{id}/steps/case");
        await Assertions.Expect(page.Locator("#read-only")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#MainChallenge")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#save")).ToHaveCountAsync(0);
        await watcher.AssertAccessibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.PathFor("read-only-step.png"), FullPage = true });

        watcher.AssertStayedOn(portal.ServerAddress);
    }

    [Fact]
    public async Task Autosave_KeepsWhatIsTypedWithoutPressingSave()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var journey = await ApplicantJourney.RegisterAsync(portal, "autosave@toronto.example", "Autosave Officer");
        await journey.CreateAuthorityAsync("City of Toronto", "CA");
        var id = await journey.StartApplicationAsync();
        await using var context = await browser.NewContextAsync(portal.ServerAddress);
        var watcher = new PageWatcher(await context.NewPageAsync());
        var page = watcher.Page;
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync("autosave@toronto.example");
        await page.GetByLabel("Password").FillAsync(ApplicantJourney.StrongPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();

        await page.GotoAsync($"/applicant/applications/{id}/steps/case");
        await page.Locator("#MainChallenge").PressSequentiallyAsync("Traffic fumes along the Gardiner corridor.");
        await Assertions.Expect(page.Locator("#autosave-status")).ToContainTextAsync("Saved automatically", new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator("#MainChallenge-counter")).ToContainTextAsync("42 of 3000 characters");

        var saved = await portal.WithDbAsync(db => db.ApplicationSections.Where(s => s.ApplicationId == id && s.Step == ApplicationStep.Case).Select(s => s.DataJson).SingleAsync());
        Assert.Contains("Traffic fumes along the Gardiner corridor.", saved, StringComparison.Ordinal);

        // An explicit save afterwards carries the version the autosave produced: no false conflict.
        await page.Locator("#GoodPractices").FillAsync("Bike lanes.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#notice")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#edit-conflict")).ToHaveCountAsync(0);
        watcher.AssertStayedOn(portal.ServerAddress);
    }
}
