using ICP.Testing;
using Microsoft.Playwright;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.BrowserTests;

/// <summary>The pages of a person's own account and of an invitation, in a real browser: accessible, same-origin.</summary>
public sealed class AccountPagesInBrowserTests(BrowserFixture browser, KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    [Fact]
    public async Task AccountPages_ConfirmItIsYou_AndTheInvitationPage_AreAccessible()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var lead = await ApplicantJourney.RegisterAsync(portal, "lead@leuven.example", "Lead of Leuven");
        await lead.CreateAuthorityAsync("Stad Leuven", "BE");
        await lead.Client.SubmitAsync(await HtmlPage.GetAsync(lead.Client, "/applicant/team"), "#invite-form", [Field("Form.Email", "colleague@leuven.example")]);
        var invitation = await portal.Mailbox.WaitForAsync("colleague@leuven.example", "You are invited to a local authority's application team");
        await ApplicantJourney.RegisterAsync(portal, "colleague@leuven.example", "Colleague of Leuven");

        await using var context = await browser.NewContextAsync(portal.ServerAddress);
        var watcher = new PageWatcher(await context.NewPageAsync());
        var page = watcher.Page;
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync("colleague@leuven.example");
        await page.GetByLabel("Password").FillAsync(ApplicantJourney.StrongPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/applicant(\\?notice=[0-9a-f]{16})?$"));

        await page.GotoAsync(Mailbox.LinkIn(invitation, "/applicant/invitations/accept").PathAndQuery);
        await Assertions.Expect(page.Locator("#invitation-authority")).ToHaveTextAsync("Stad Leuven");
        await watcher.AssertAccessibleAsync();

        await page.GotoAsync("/account");
        await Assertions.Expect(page.Locator("#sign-out-everywhere")).ToBeVisibleAsync();
        await watcher.AssertAccessibleAsync();

        // Long after signing in, a change of password first asks for the password again.
        portal.Clock.Advance(TimeSpan.FromMinutes(6));
        await page.GotoAsync("/account/password");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/confirm-identity"));
        await watcher.AssertAccessibleAsync();
        await page.GetByLabel("Password").FillAsync(ApplicantJourney.StrongPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/password(\\?notice=[0-9a-f]{16})?$"));
        await watcher.AssertAccessibleAsync();
        await page.GotoAsync("/account/two-factor");
        await Assertions.Expect(page.Locator("#shared-key")).ToBeVisibleAsync();
        await watcher.AssertAccessibleAsync();

        watcher.AssertStayedOn(portal.ServerAddress);
    }
}
