using ICP.Testing;
using Microsoft.Playwright;
using Xunit;

namespace ICP.BrowserTests;

/// <summary>A field's rule shows before the round trip, with the server's own message in ECL's error markup; the server stays the authority.</summary>
public sealed class ClientValidationInBrowserTests(BrowserFixture browser, KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    [Fact]
    public async Task Register_SubmittedEmpty_ShowsTheServersRequiredMessage_WithoutARequest()
    {
        var client = portal.CreateClient();
        var server = await client.SubmitAsync(await HtmlPage.GetAsync(client, "/account/register"), "main form", []);
        var serverMessage = server.Texts("#DisplayName-invalid").Single();

        await using var context = await browser.NewContextAsync(portal.ServerAddress);
        var watcher = await PageWatcher.OpenAsync(context, "/account/register");
        var page = watcher.Page;
        var requestsBefore = watcher.Requests.Count;

        await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();

        var message = page.Locator("#DisplayName-invalid");
        await Assertions.Expect(message).ToHaveTextAsync(serverMessage);
        await Assertions.Expect(message).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ecl-feedback-message"));
        await Assertions.Expect(page.Locator("#DisplayName")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#DisplayName")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ecl-text-input--invalid"));
        await Assertions.Expect(page.Locator("#DisplayName")).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex("DisplayName-invalid"));
        Assert.Equal(requestsBefore, watcher.Requests.Count); // nothing was sent
        Assert.EndsWith("/account/register", page.Url, StringComparison.Ordinal);
        await watcher.AssertAccessibleAsync();

        // Filling the field takes the message away, still without a request.
        await page.Locator("#DisplayName").FillAsync("Ana Ruiz");
        await page.Locator("#DisplayName").BlurAsync();
        await Assertions.Expect(message).ToHaveTextAsync(string.Empty);
        await Assertions.Expect(page.Locator("#DisplayName")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(requestsBefore, watcher.Requests.Count);
        watcher.AssertStayedOn(portal.ServerAddress);
    }
}
