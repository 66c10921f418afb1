using System.Collections.Concurrent;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace ICP.BrowserTests;

/// <summary>
/// Watches a page as a visitor loads it: every request it makes (to prove nothing leaves the
/// portal's origin) and every console error (a CSP violation shows up there).
/// </summary>
public sealed class PageWatcher
{
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _consoleErrors = new();

    // An autosave of a draft that breaks a limit is answered 422 by design (the page says which
    // limit); the browser still logs that answer to the console.
    private readonly ConcurrentDictionary<string, byte> _refusedAutosaves = new(StringComparer.Ordinal);
    private string? _documentUrl;
    private int _documentStatus;

    public PageWatcher(IPage page)
    {
        Page = page;
        page.Request += (_, request) => _requests.Enqueue(request.Url);
        page.Console += (_, message) =>
        {
            // A page served with an error status (the 404 page) logs its own status as an error; that is
            // the page working as intended, not a problem on it.
            var ownStatus = message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
                && ((_documentStatus >= 400 && _documentUrl is not null && message.Location.StartsWith(_documentUrl, StringComparison.Ordinal))
                    || _refusedAutosaves.Keys.Any(url => message.Location.StartsWith(url, StringComparison.Ordinal)));
            if (message.Type == "error" && !ownStatus)
            {
                _consoleErrors.Enqueue($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _consoleErrors.Enqueue(error);

        // The document's own status, whichever way the page was reached (OpenAsync or a later GotoAsync).
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest)
            {
                _documentUrl = response.Url;
                _documentStatus = response.Status;
            }
            else if (response.Status == 422 && response.Request.Method == "POST" && new Uri(response.Url).AbsolutePath.EndsWith("/autosave", StringComparison.Ordinal))
            {
                _refusedAutosaves.TryAdd(response.Url, 0);
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyCollection<string> Requests => [.. _requests];

    public IReadOnlyCollection<string> ConsoleErrors => [.. _consoleErrors];

    public static async Task<PageWatcher> OpenAsync(IBrowserContext context, string url)
    {
        var watcher = new PageWatcher(await context.NewPageAsync());
        var response = await watcher.Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.NotNull(response);
        return watcher;
    }

    /// <summary>Every request went to <paramref name="origin"/> (data: URIs never touch the network).</summary>
    public void AssertStayedOn(Uri origin)
    {
        var elsewhere = Requests
            .Where(url => !url.StartsWith("data:", StringComparison.Ordinal))
            .Where(url => !string.Equals(new Uri(url).GetLeftPart(UriPartial.Authority), origin.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(elsewhere.Count == 0, string.Join("\n", elsewhere));
        Assert.True(ConsoleErrors.Count == 0, string.Join("\n", ConsoleErrors));
    }

    /// <summary>axe-core finds no WCAG 2.0/2.1 A or AA violation.</summary>
    public async Task AssertAccessibleAsync()
    {
        var result = await Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            ResultTypes = [ResultType.Violations],
        });
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"{Page.Url}:\n" + string.Join('\n', violations));
    }
}
