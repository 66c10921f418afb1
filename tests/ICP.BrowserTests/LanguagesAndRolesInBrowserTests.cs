using ICP.Testing;
using ICP.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit;

namespace ICP.BrowserTests;

/// <summary>
/// axe-core (WCAG 2.1 AA) on one representative page of each page type, for each role, in each
/// language: a public content page, a form, an error page; the applicant's dashboard, a step and the
/// review; the evaluator's list and scoring form; the manager's dashboard, list and translation
/// editor. (Every page is scanned in English and French by the other browser tests; this matrix
/// adds the languages and roles without multiplying the whole suite by four.)
/// </summary>
public sealed class LanguagesAndRolesInBrowserTests(BrowserFixture browser, KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    private const string OfficerEmail = "oficina@girona.example";
    private static readonly SemaphoreSlim SetUpOnce = new(1, 1);

    // Authenticator codes are accepted once: every staff sign-in happens at a later instant than the last.
    private static int _staffSignIns = 5;

    public static TheoryData<string, string> RolesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in new[] { "anonymous", "officer", "evaluator", "manager" })
        {
            foreach (var culture in new[] { "en", "fr", "ca", "es" })
            {
                data.Add(role, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesAndLanguages))]
    public async Task EveryPageType_ForTheRole_InTheLanguage_PassesAxe(string role, string culture)
    {
        var (draftId, assignedId) = await SetUpAsync();
        await using var context = await browser.NewContextAsync(portal.ServerAddress);
        var watcher = new PageWatcher(await context.NewPageAsync());
        string[] pages;
        switch (role)
        {
            case "anonymous":
                portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
                pages = ["/", "/programme", "/account/register", "/no-such-page"];
                break;
            case "officer":
                portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
                await SignInAsync(watcher, OfficerEmail, ApplicantJourney.StrongPassword, twoFactor: false);
                pages = ["/applicant", $"/applicant/applications/{draftId}/steps/themes", $"/applicant/applications/{draftId}/review"];
                break;
            case "evaluator":
                portal.Clock.SetUtcNow(SelectionSetup.AfterDeadline.AddMinutes(2 * Interlocked.Increment(ref _staffSignIns)));
                await SignInAsync(watcher, StaffJourney.EvaluatorEmail(1), DemoData.Password, twoFactor: true);
                pages = ["/admin/evaluations", $"/admin/evaluations/{assignedId}"];
                break;
            default:
                portal.Clock.SetUtcNow(SelectionSetup.AfterDeadline.AddMinutes(2 * Interlocked.Increment(ref _staffSignIns)));
                await SignInAsync(watcher, DemoData.ManagerEmail, DemoData.Password, twoFactor: true);
                pages = ["/admin", "/admin/applications", $"/admin/translations/{(culture == "en" ? "fr" : culture)}"];
                break;
        }

        // The visitor's way of choosing: the switcher's page, a plain form.
        await watcher.Page.GotoAsync("/language");
        await watcher.Page.ClickAsync($"#languages button[lang='{culture}']");
        foreach (var path in pages)
        {
            await watcher.Page.GotoAsync(path);
            Assert.Equal(culture, await watcher.Page.GetAttributeAsync("html", "lang"));
            await watcher.AssertAccessibleAsync();
        }

        watcher.AssertStayedOn(portal.ServerAddress);
    }

    /// <summary>Once per portal: an officer's draft, a submitted application assigned to the evaluator.</summary>
    private async Task<(int DraftId, int AssignedId)> SetUpAsync()
    {
        await SetUpOnce.WaitAsync();
        try
        {
            if (await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == OfficerEmail)))
            {
                return await IdsAsync();
            }

            portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
            await ApplicantJourney.DraftAsync(portal, OfficerEmail, "Ajuntament de Girona", "ES");
            await SelectionSetup.UnassignedAsync(portal, applications: 1, evaluators: 1);
            portal.Clock.SetUtcNow(SelectionSetup.AfterDeadline);
            var manager = await StaffJourney.SignInAsync(portal, StaffJourney.ManagerEmail);
            await manager.SubmitAsync("/admin/evaluation", "#auto-assign-form");
            return await IdsAsync();
        }
        finally
        {
            SetUpOnce.Release();
        }
    }

    private Task<(int, int)> IdsAsync() => portal.WithDbAsync(async db => (
        await db.Applications.Where(a => a.Status == ICP.Domain.Applications.ApplicationStatus.Draft).Select(a => a.Id).SingleAsync(),
        await db.Assignments.Select(a => a.ApplicationId).FirstAsync()));

    private async Task SignInAsync(PageWatcher watcher, string email, string password, bool twoFactor)
    {
        var page = watcher.Page;
        await page.GotoAsync("/account/login?culture=en");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        if (twoFactor)
        {
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login/two-factor"));
            await page.Locator("input[name='Form.Code']").FillAsync(StaffJourney.NextCode(portal));
            await page.Locator("main form button[type='submit']").Last.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin"));
        }
        else
        {
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/applicant"));
        }
    }
}
