using Microsoft.Playwright;
using Xunit;

namespace ICP.BrowserTests;

/// <summary>
/// Drives a page with the keyboard alone, as a person who cannot use a mouse: Tab to move (never a
/// click or a direct focus call), Enter and Space to act, typing into fields, arrows in a list.
/// At every stop it checks that the focused control shows that it has focus.
/// </summary>
public sealed class KeyboardUser(IPage page)
{
    private const int MaxTabs = 120;

    public IPage Page { get; } = page;

    /// <summary>Tabs forward until the focused element matches <paramref name="selector"/>, checking each stop is visibly focused.</summary>
    public async Task TabToAsync(string selector)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            var stop = await Page.EvaluateAsync<string>(FocusScript, selector);
            Assert.True(stop is "" or "body" or "match", $"Focus is not visible on {stop} (looking for {selector} on {Page.Url})");
            if (stop == "match")
            {
                return;
            }
        }

        Assert.Fail($"{selector} was not reached with Tab on {Page.Url}");
    }

    public async Task PressAsync(string key) => await Page.Keyboard.PressAsync(key);

    /// <summary>Tabs to a text field and types into it (replacing what it held).</summary>
    public async Task TypeIntoAsync(string selector, string text)
    {
        await TabToAsync(selector);
        await Page.Keyboard.PressAsync("ControlOrMeta+A");
        await Page.Keyboard.PressAsync("Delete");
        await Page.Keyboard.InsertTextAsync(text);
    }

    /// <summary>Tabs to a list and moves through it with the arrow keys until <paramref name="value"/> is chosen.</summary>
    public async Task ChooseAsync(string selector, string value)
    {
        await TabToAsync(selector);
        await Page.Keyboard.PressAsync("Home");
        for (var i = 0; i < 200; i++)
        {
            if (await Page.EvaluateAsync<string>("() => document.activeElement.value") == value)
            {
                return;
            }

            await Page.Keyboard.PressAsync("ArrowDown");
        }

        Assert.Fail($"{value} not found in {selector}");
    }

    /// <summary>Tabs into a radio group and moves with the arrow keys to <paramref name="value"/>.</summary>
    public async Task ChooseRadioAsync(string name, string value)
    {
        await TabToAsync($"input[type=radio][name='{name}']");
        for (var i = 0; i < 10; i++)
        {
            if (await Page.EvaluateAsync<string>("() => document.activeElement.value") == value)
            {
                await Page.Keyboard.PressAsync("Space");
                return;
            }

            await Page.Keyboard.PressAsync("ArrowDown");
        }

        Assert.Fail($"{value} not found among the {name} choices");
    }

    /// <summary>Tabs to a checkbox and ticks it with Space.</summary>
    public async Task TickAsync(string selector)
    {
        await TabToAsync(selector);
        if (!await Page.EvaluateAsync<bool>("() => document.activeElement.checked"))
        {
            await Page.Keyboard.PressAsync("Space");
        }
    }

    /// <summary>Tabs to a button or link and activates it with Enter, waiting for the page it leads to.</summary>
    public async Task ActivateAsync(string selector)
    {
        await TabToAsync(selector);

        // A mark on the current document: it is gone once the next document has replaced it.
        await Page.EvaluateAsync("() => { window.__beforeEnter = true; }");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForFunctionAsync("() => window.__beforeEnter === undefined");
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Starts again from the top of the page and skips to its main content, as keyboard users do.</summary>
    public async Task SkipToContentAsync()
    {
        await Page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        await TabToAsync("a.ecl-skip-link");
        await Page.Keyboard.PressAsync("Enter");
        Assert.Equal("main-content", await Page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    // "match" when the focused element is the one looked for; otherwise "" when its focus is visible
    // (an outline or a focus ring on it, or on the styled box of a custom checkbox or radio that
    // follows a visually hidden input), "body" when nothing is focused yet, else the element's markup.
    private const string FocusScript = """
        selector => {
          const e = document.activeElement;
          if (!e || e === document.body) return 'body';
          const shows = el => {
            if (!el) return false;
            const s = getComputedStyle(el);
            return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
          };
          const label = e.id ? document.querySelector(`label[for="${e.id}"]`) : null;
          const candidates = [e, e.nextElementSibling, label, ...(label ? label.querySelectorAll('*') : []), ...(e.nextElementSibling ? e.nextElementSibling.querySelectorAll('*') : [])];
          if (!candidates.some(shows)) return e.outerHTML.slice(0, 160);
          return e.matches(selector) ? 'match' : '';
        }
        """;
}
