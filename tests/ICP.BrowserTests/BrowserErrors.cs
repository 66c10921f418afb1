using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ICP.BrowserTests;

/// <summary>
/// What went wrong in one browser context, on any of its pages: responses with a 5xx status,
/// console errors and uncaught script errors. A page that is itself an error page (a 404 the
/// test visits on purpose) logs its own status to the console; that one is not a problem. Nor is
/// the 422 an autosave receives for a draft that breaks a limit: the portal's designed answer,
/// which the page turns into "Not saved automatically: some answers break a limit"; the browser
/// logs every non-2xx fetch to the console whether the page handled it or not.
/// </summary>
public sealed class BrowserErrors
{
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentDictionary<string, int> _errorDocuments = new(StringComparer.Ordinal);

    public BrowserErrors(IBrowserContext context)
    {
        context.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                _problems.Enqueue($"{response.Request.Method} {response.Url} answered {response.Status}");
            }
            else if (response.Status >= 400 && response.Request.IsNavigationRequest)
            {
                _errorDocuments[response.Url] = response.Status;
            }
            else if (response.Status == 422 && response.Request.Method == "POST" && new Uri(response.Url).AbsolutePath.EndsWith("/autosave", StringComparison.Ordinal))
            {
                _errorDocuments[response.Url] = response.Status;
            }
        };
        context.Console += (_, message) =>
        {
            var ownStatus = message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
                && _errorDocuments.Keys.Any(url => message.Location.StartsWith(url, StringComparison.Ordinal));
            if (message.Type == "error" && !ownStatus)
            {
                _problems.Enqueue($"console error: {message.Text} ({message.Location})");
            }
        };
        context.WebError += (_, error) => _problems.Enqueue($"script error: {error.Error}");
    }

    public IReadOnlyCollection<string> Problems => [.. _problems];
}
