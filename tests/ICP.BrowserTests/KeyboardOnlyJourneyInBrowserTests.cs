using ICP.Testing;
using Microsoft.Playwright;
using Xunit;

namespace ICP.BrowserTests;

/// <summary>
/// The whole application with the keyboard alone: register, confirm, sign in, register the
/// authority, fill every step, upload the letter, review, submit, read the receipt. Tab, Enter,
/// Space, typing and arrow keys only; every stop visibly focused; after a refused save the error
/// summary has focus and each of its links takes focus to its field.
/// </summary>
public sealed class KeyboardOnlyJourneyInBrowserTests(BrowserFixture browser, KestrelPortal portal) : IClassFixture<KestrelPortal>
{
    private const string Email = "teclado@sabadell.example";

    [Fact]
    public async Task AnOfficer_CompletesTheWholeApplication_WithTheKeyboardAlone()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        await using var context = await browser.NewContextAsync(portal.ServerAddress);
        var watcher = new PageWatcher(await context.NewPageAsync());
        var keyboard = new KeyboardUser(watcher.Page);
        var page = watcher.Page;

        // Register.
        await page.GotoAsync("/account/register");
        await keyboard.SkipToContentAsync();
        await keyboard.TypeIntoAsync("#DisplayName", "Núria Puig");
        await keyboard.TypeIntoAsync("#Email", Email);
        await keyboard.TypeIntoAsync("#Password", ApplicantJourney.StrongPassword);
        await keyboard.TypeIntoAsync("#ConfirmPassword", ApplicantJourney.StrongPassword);
        await keyboard.TickAsync("#AcceptPrivacy");
        await keyboard.ActivateAsync("main form button[type=submit]");
        await Assertions.Expect(page.Locator("#check-email")).ToBeVisibleAsync();

        // Confirm: the link in the e-mail, opened as typed or pasted into the address bar.
        var mail = await portal.Mailbox.WaitForAsync(Email, "Confirm your e-mail address");
        await page.GotoAsync(Mailbox.LinkIn(mail, "/account/confirm-email").PathAndQuery);
        await Assertions.Expect(page.Locator("#confirmed")).ToBeVisibleAsync();

        // Sign in.
        await page.GotoAsync("/account/login");
        await keyboard.SkipToContentAsync();
        await keyboard.TypeIntoAsync("#Form_Email", Email);
        await keyboard.TypeIntoAsync("#Form_Password", ApplicantJourney.StrongPassword);
        await keyboard.ActivateAsync("main form button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/applicant(\\?notice=[0-9a-f]{16})?$"));

        // Register the authority and start.
        await keyboard.SkipToContentAsync();
        await keyboard.TypeIntoAsync("#NewAuthority_OfficialName", "Ajuntament de Sabadell");
        await keyboard.ChooseAsync("#NewAuthority_CountryCode", "ES");
        await keyboard.ActivateAsync("#new-authority button[type=submit]");
        await keyboard.SkipToContentAsync();
        await keyboard.ActivateAsync("#start-application");

        // A refused save: the summary takes focus, and each of its links leads to its field.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/steps/local-authority(\\?notice=[0-9a-f]{16})?$"));
        await keyboard.SkipToContentAsync();
        await keyboard.TypeIntoAsync("#Website", "sabadell");
        await keyboard.TypeIntoAsync("#Population", "-4");
        await keyboard.ActivateAsync("#save");
        await Assertions.Expect(page.Locator("#form-errors")).ToBeFocusedAsync();
        var targets = await page.Locator("#form-errors a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(targets);
        Assert.All(targets, href => Assert.True(href.StartsWith('#')));
        foreach (var (href, index) in targets.Select((h, i) => (h, i)))
        {
            Assert.Equal(1, await page.Locator($"#step-form {href}").CountAsync());
        }

        await keyboard.TabToAsync("#form-errors a");
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(targets[0])).ToBeFocusedAsync();

        // Every step, in the order Tab reaches its fields.
        foreach (var (slug, values) in ApplicantJourney.CompleteAnswers("Ajuntament de Sabadell"))
        {
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/steps/{slug}(\\?notice=[0-9a-f]{{16}})?$"));
            await keyboard.SkipToContentAsync();
            var ordered = new List<(int Position, string Name, string Value)>();
            foreach (var (name, value) in values)
            {
                var position = await page.EvaluateAsync<int>(
                    "name => Array.from(document.querySelectorAll('#step-form input, #step-form select, #step-form textarea')).findIndex(e => e.name === name)", name);
                ordered.Add((position, name, value));
            }

            foreach (var (_, name, value) in ordered.OrderBy(f => f.Position))
            {
                var kind = await page.Locator($"#step-form [name='{name}']").First.EvaluateAsync<string>("e => e.tagName === 'INPUT' ? e.type : e.tagName.toLowerCase()");
                switch (kind)
                {
                    case "checkbox":
                        await keyboard.TickAsync($"#step-form input[name='{name}']");
                        break;
                    case "radio":
                        await keyboard.ChooseRadioAsync(name, value);
                        break;
                    case "select":
                        await keyboard.ChooseAsync($"#step-form select[name='{name}']", value);
                        break;
                    default:
                        await keyboard.TypeIntoAsync($"#step-form [name='{name}']", value);
                        break;
                }
            }

            await keyboard.ActivateAsync("#save-and-continue");
        }

        // The letter: the file input opens the file chooser from the keyboard.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/document(\\?notice=[0-9a-f]{16})?$"));
        await keyboard.SkipToContentAsync();
        await keyboard.TabToAsync("#letter");
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Space"));
        await chooser.SetFilesAsync(new FilePayload { Name = "carta-compromis.pdf", MimeType = "application/pdf", Buffer = TestDocuments.Pdf() });
        await keyboard.ActivateAsync("#upload");
        await Assertions.Expect(page.Locator("#current-document")).ToContainTextAsync("carta-compromis.pdf");

        // Review, declare, submit.
        await keyboard.SkipToContentAsync();
        await keyboard.ActivateAsync("a[href$='/review']");
        await keyboard.SkipToContentAsync();
        foreach (var declaration in new[] { "#ConfirmAccurate", "#ConfirmAuthorised", "#ConfirmPublication" })
        {
            await keyboard.TickAsync(declaration);
        }

        await keyboard.ActivateAsync("#submit");

        // Read the receipt, and check it as anyone could.
        await Assertions.Expect(page.Locator("#receipt-reference")).ToHaveTextAsync("ICP-2021-ES-0001");
        await keyboard.SkipToContentAsync();
        await keyboard.ActivateAsync("#verify-link");
        await Assertions.Expect(page.Locator("#receipt-check")).ToHaveAttributeAsync("data-result", "valid");
        watcher.AssertStayedOn(portal.ServerAddress);
    }
}
