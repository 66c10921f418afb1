using System.Net;
using System.Text.RegularExpressions;
using ICP.Testing;
using ICP.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ICP.IntegrationTests.Security;

/// <summary>
/// docs/security.md has a table of every route with who may use it. It is checked against the
/// portal's own route table and authorisation metadata: a new route without a row, a row for a route
/// that is gone, or a row that states the wrong audience fails. Every route the table does not call
/// public is then tried without signing in, and must not answer with content.
/// </summary>
public sealed partial class RouteAccessTableTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string[] Audiences = ["public", "signed in", "applicant", "staff", "evaluator", "programme manager"];

    [Fact]
    public void EveryRoute_HasARowInTheSecurityDoc_StatingWhoMayUseIt()
    {
        var documented = DocumentedRoutes();
        var actual = ActualRoutes();

        var missing = actual.Where(a => !documented.ContainsKey((a.Key.Method, a.Key.Pattern))).Select(a => $"| {a.Key.Method} | `{a.Key.Pattern}` | {a.Value} | |").ToList();
        var stale = documented.Keys.Where(d => !actual.ContainsKey(d)).Select(d => $"{d.Method} {d.Pattern}").ToList();
        var wrong = actual.Where(a => documented.TryGetValue(a.Key, out var said) && said != a.Value)
            .Select(a => $"{a.Key.Method} {a.Key.Pattern}: the doc says {documented[a.Key]}, the code requires {a.Value}").ToList();

        Assert.True(missing.Count == 0, "Routes without a row in docs/security.md (add these rows, with what they do):\n" + string.Join('\n', missing));
        Assert.True(stale.Count == 0, "Rows in docs/security.md for routes that no longer exist:\n" + string.Join('\n', stale));
        Assert.True(wrong.Count == 0, "Rows in docs/security.md that state the wrong audience:\n" + string.Join('\n', wrong));
    }

    [Fact]
    public async Task EveryRouteNotPublic_AnswersAVisitorWhoIsNotSignedIn_WithTheSignInPageOrARefusal()
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var closed = ActualRoutes().Where(r => r.Value != "public").ToList();
        Assert.True(closed.Count > 40, $"Only {closed.Count} closed routes found");

        foreach (var ((method, pattern), audience) in closed)
        {
            var path = Parameter().Replace(pattern, m => m.Groups[1].Value == "slug" ? "case" : m.Groups[1].Value == "group" ? "ZA" : "1");
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method == "ANY" ? "GET" : method), path));
            var toSignIn = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal);

            // A POST without its antiforgery token is refused before authorisation can even be asked.
            Assert.True(toSignIn || (method == "POST" && response.StatusCode == HttpStatusCode.BadRequest),
                $"{method} {path} ({audience}) answered a visitor who is not signed in with {(int)response.StatusCode}");
        }
    }

    /// <summary>Method and route pattern of every controller action and mapped endpoint, with the audience its metadata requires.</summary>
    private Dictionary<(string Method, string Pattern), string> ActualRoutes()
    {
        var sources = portal.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var routes = new Dictionary<(string, string), string>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');

            // Static assets are files of the build (fingerprinted CSS, scripts, fonts), public by nature.
            if (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Controllers.ControllerActionDescriptor>() is null && !pattern.StartsWith("/health", StringComparison.Ordinal))
            {
                continue;
            }

            // HEAD and OPTIONS answer like the GET they accompany; a route for every method is "ANY".
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
            foreach (var method in methods.Where(m => m is not ("HEAD" or "OPTIONS")))
            {
                routes[(method, pattern)] = AudienceOf(endpoint);
            }
        }

        return routes;
    }

    private static string AudienceOf(Microsoft.AspNetCore.Http.Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return "public";
        }

        var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        var policies = authorize.Select(a => a.Policy).Where(p => p is not null).ToHashSet(StringComparer.Ordinal);
        return policies.Contains(Policies.ProgrammeManager) ? "programme manager"
            : policies.Contains(Policies.Evaluator) ? "evaluator"
            : policies.Contains(Policies.Staff) ? "staff"
            : policies.Contains(Policies.Applicant) ? "applicant"
            : authorize.Count > 0 ? "signed in"
            : "public";
    }

    /// <summary>The rows of the table under "## Routes and who may use them": | METHOD | `pattern` | audience | what |.</summary>
    private static Dictionary<(string Method, string Pattern), string> DocumentedRoutes()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "security.md"));
        var section = text[text.IndexOf("## Routes and who may use them", StringComparison.Ordinal)..];
        var next = section.IndexOf("\n## ", 5, StringComparison.Ordinal);
        section = next > 0 ? section[..next] : section;
        var rows = new Dictionary<(string, string), string>();
        foreach (Match row in Row().Matches(section))
        {
            var audience = row.Groups[3].Value.Trim();
            Assert.True(Audiences.Contains(audience), $"Unknown audience '{audience}' in docs/security.md (one of: {string.Join(", ", Audiences)})");
            Assert.True(rows.TryAdd((row.Groups[1].Value, row.Groups[2].Value), audience), $"Two rows for {row.Groups[1].Value} {row.Groups[2].Value}");
        }

        Assert.True(rows.Count > 0, "No route rows found in docs/security.md");
        return rows;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ICP.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("ICP.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^\| (ANY|GET|POST|PUT|DELETE|PATCH) \| `([^`]+)` \| ([a-z ]+) \|", RegexOptions.Multiline)]
    private static partial Regex Row();

    [GeneratedRegex(@"\{([a-zA-Z]+)(:[^}]*)?\}")]
    private static partial Regex Parameter();
}
