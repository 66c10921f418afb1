using System.Net;
using ICP.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ICP.IntegrationTests.Performance;

/// <summary>Monitors and link checkers ask with HEAD: every page that answers GET answers HEAD the same way.</summary>
public sealed class HeadRequestTests(HeadRequestTests.KestrelPortal portal) : IClassFixture<HeadRequestTests.KestrelPortal>
{
    /// <summary>On a real port: Kestrel, as in production, is what leaves the body out of a HEAD answer.</summary>
    public sealed class KestrelPortal : PortalFactory
    {
        public KestrelPortal() => WithKestrel();
    }

    [Fact]
    public void RouteTable_EveryGetEndpoint_AlsoAnswersHead()
    {
        var endpoints = GetEndpoints();

        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, e => Assert.Contains(HttpMethods.Head, e.Methods));
    }

    [Fact]
    public async Task RouteTable_EveryGetPageWithoutParameters_AnswersHeadWithTheSameStatusAndNoBody()
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = portal.ServerAddress };
        var paths = GetEndpoints().Where(e => e.Route.Parameters.Count == 0).Select(e => "/" + e.Route.RawText!.TrimStart('/')).Distinct().ToList();
        Assert.Contains("/", paths);
        Assert.Contains("/timeline", paths);

        foreach (var path in paths)
        {
            using var get = await client.GetAsync(new Uri(path, UriKind.Relative));
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));

            Assert.True(get.StatusCode == head.StatusCode, $"{path}: GET {(int)get.StatusCode}, HEAD {(int)head.StatusCode}");
            Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Head_ThenGet_TheGetHasTheWholePage()
    {
        using var client = portal.CreateVisitorClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/countries", UriKind.Relative)));
        var page = await HtmlPage.GetAsync(client, "/countries");

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Contains("Canada", page.MainText, StringComparison.Ordinal);
    }

    /// <summary>The portal's own GET endpoints (pages, downloads), from the route table: not the static files.</summary>
    private List<(RoutePattern Route, IReadOnlyList<string> Methods)> GetEndpoints() =>
        [.. portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (e.RoutePattern, Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(e => e.Methods.Contains(HttpMethods.Get) && e.RoutePattern.RawText is { } raw && !raw.Contains('.', StringComparison.Ordinal))];
}
