using System.Net;
using System.Text.RegularExpressions;
using ICP.Testing;
using ICP.Web.Features.Demo;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ICP.IntegrationTests.Public;

/// <summary>
/// Every link and form the pages render leads to a route: the public pages, a city's draft and
/// its pages after selection (the cooperation workspace), a programme manager's and an evaluator's
/// staff area are walked from their start pages, and every same-site link is followed (one of each
/// shape: ids and query values vary, the route does not). Links are generated from the routes
/// (tag helpers, <c>Url.Action</c>), so a route that changes moves its links with it; this walk is
/// the guard that none of them points nowhere.
/// </summary>
public sealed partial class RenderedLinksTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task EveryLinkAndForm_OnTheMainPagesOfEachAudience_LeadsToARoute_NoneAnswers404()
    {
        // A city with a draft ready to submit, inside the application window: the steps, the letter, the review, the team.
        var (drafter, draftId) = await ApplicantJourney.ReadyToSubmitAsync(_portal, "lead@bergamo.example", "Comune di Bergamo", "IT");
        var problems = new List<string>();
        problems.AddRange(await WalkAsync(drafter.Client, "draft applicant", "/applicant", $"/applicant/applications/{draftId}", $"/applicant/applications/{draftId}/review", "/account"));

        // Then the cooperation phase: cities selected and paired, activities with a study visit, after the deadline.
        var setup = await CooperationSetup.PublishedAsync(_portal);
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(0, 0, CancellationToken.None, withActivities: true);
        }

        await CooperationSetup.StudyVisitAsync(_portal, "Study visit to Cape Town", SelectionSetup.AfterDeadline.AddDays(30), 3);

        problems.AddRange(await WalkAsync(_portal.CreateClient(), "visitor", "/", "/account/login", "/account/register", "/receipts/verify", "/error/404"));
        var city = await ApplicantJourney.SignInExistingAsync(_portal, setup.Canada[0].OfficerEmail, DemoData.Password);
        problems.AddRange(await WalkAsync(city.Client, "selected city", "/applicant", $"/applicant/applications/{setup.Canada[0].ApplicationId}"));
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        problems.AddRange(await WalkAsync(manager.Client, "programme manager", "/admin"));
        var evaluator = await StaffJourney.SignInAsync(_portal, StaffJourney.EvaluatorEmail(1));
        problems.AddRange(await WalkAsync(evaluator.Client, "evaluator", "/admin", "/admin/evaluations"));

        Assert.True(problems.Count == 0, "Links that lead nowhere:\n" + string.Join('\n', problems));
    }

    /// <summary>
    /// Follows every same-site link from <paramref name="starts"/> (GET, redirects followed) and
    /// sends every form's method to its action (a POST without its antiforgery token is refused
    /// before anything changes, but only by a route that exists). Returns what answered 404, 405 or
    /// 5xx, and every empty address.
    /// </summary>
    private static async Task<List<string>> WalkAsync(HttpClient client, string audience, params string[] starts)
    {
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(Uri Target, string From)>(starts.Select(s => (new Uri(client.BaseAddress!, s), "start")));
        var pages = 0;
        while (queue.TryDequeue(out var next))
        {
            var (target, from) = next;
            if (!seen.Add("GET " + Shape(target)))
            {
                continue;
            }

            var response = await client.GetAsync(target, TestContext.Current.CancellationToken);
            if (IsBroken(response.StatusCode) && !(from == "start" && target.AbsolutePath == "/error/404"))
            {
                problems.Add($"{audience}: GET {target.PathAndQuery} (linked from {from}) answered {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            pages++;
            var page = await HtmlPage.FromResponseAsync(response);
            var here = response.RequestMessage!.RequestUri!;

            // A link the routes cannot generate renders empty: it would lead back to the page itself.
            foreach (var empty in page.All("a[href=''], form[action=''], [formaction='']"))
            {
                problems.Add($"{audience}: {here.PathAndQuery} has an empty {empty.LocalName} address ({empty.TextContent.Trim()})");
            }

            foreach (var link in page.All("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (SameSite(here, link) is { } linked)
                {
                    queue.Enqueue((linked, here.PathAndQuery));
                }
            }

            foreach (var form in page.All("form"))
            {
                var method = (form.GetAttribute("method") ?? "get").ToUpperInvariant();
                var actions = new[] { form.GetAttribute("action") ?? string.Empty }
                    .Concat(form.QuerySelectorAll("[formaction]").Select(b => b.GetAttribute("formaction")!));
                foreach (var action in actions)
                {
                    if (SameSite(here, action.Length == 0 ? here.PathAndQuery : action) is not { } posted)
                    {
                        continue;
                    }

                    if (method == "GET")
                    {
                        queue.Enqueue((posted, here.PathAndQuery));
                    }
                    else if (seen.Add("POST " + Shape(posted)))
                    {
                        using var sent = await client.PostAsync(posted, new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);
                        if (IsBroken(sent.StatusCode))
                        {
                            problems.Add($"{audience}: POST {posted.PathAndQuery} (form on {here.PathAndQuery}) answered {(int)sent.StatusCode}");
                        }
                    }
                }
            }
        }

        Assert.True(pages >= starts.Length, $"{audience}: only {pages} pages walked");
        return problems;
    }

    private static bool IsBroken(HttpStatusCode status) =>
        status is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed || (int)status >= 500;

    /// <summary>The link as an address on this site (fragment dropped), or null for another site, a fragment alone or a non-HTTP scheme.</summary>
    private static Uri? SameSite(Uri here, string link)
    {
        if (link.StartsWith('#') || !Uri.TryCreate(here, link, out var target) || target.Scheme is not ("http" or "https") || target.Authority != here.Authority)
        {
            return null;
        }

        return new UriBuilder(target) { Fragment = string.Empty }.Uri;
    }

    /// <summary>One walk per route and query shape: numbers and query values do not make another shape.</summary>
    private static string Shape(Uri target)
    {
        var keys = target.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal);
        return Number().Replace(target.AbsolutePath, "N") + "?" + string.Join('&', keys);
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Number();
}
