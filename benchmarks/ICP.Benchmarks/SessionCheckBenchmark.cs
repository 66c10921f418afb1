using System.Diagnostics;
using System.Globalization;
using System.Net;
using ICP.Testing;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ICP.Benchmarks;

/// <summary>
/// What the per-request session check costs (issue 9, finding 4: the security stamp is read from the
/// database on every signed-in request). Two portals in one run: the portal as built, and the same
/// portal with the cookie's checks turned off (the baseline). The same signed-in pages are requested
/// from both, alternately, and the medians compared.
/// </summary>
public static class SessionCheckBenchmark
{
    public static async Task<int> RunAsync(int runs)
    {
        // The test factory finds ICP.Web's content root from the manifest beside the binaries.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        string[] pages = ["/account", "/applicant", "/privacy"];
        await using var checkedPortal = new PortalFactory();
        await using var uncheckedPortal = new WithoutSessionCheck();
        var withCheck = await ApplicantJourney.RegisterAsync(checkedPortal, "bench@city.example", "Bench");
        var without = await ApplicantJourney.RegisterAsync(uncheckedPortal, "bench@city.example", "Bench");

        Console.WriteLine($"Signed-in pages, median of {runs} requests each after 20 warm-up requests, alternating between the two portals.");
        Console.WriteLine($"{"Page",-14} {"no check (ms)",14} {"check (ms)",11} {"difference (ms)",16} {"ratio",7}");
        foreach (var page in pages)
        {
            for (var i = 0; i < 20; i++)
            {
                await GetAsync(withCheck.Client, page);
                await GetAsync(without.Client, page);
            }

            var a = new List<double>(runs);
            var b = new List<double>(runs);
            for (var i = 0; i < runs; i++)
            {
                b.Add(await TimeAsync(without.Client, page));
                a.Add(await TimeAsync(withCheck.Client, page));
            }

            var (baseline, measured) = (Median(b), Median(a));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page,-14} {baseline,14:F3} {measured,11:F3} {measured - baseline,16:F3} {measured / baseline,7:F2}"));
        }

        return 0;
    }

    private static async Task<double> TimeAsync(HttpClient client, string url)
    {
        var watch = Stopwatch.StartNew();
        await GetAsync(client, url);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static async Task GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || response.RequestMessage!.RequestUri!.AbsolutePath != url)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode} at {response.RequestMessage!.RequestUri}.");
        }
    }

    /// <summary>The portal with its session cookie taken on trust (no per-request stamp check): the baseline.</summary>
    private sealed class WithoutSessionCheck : PortalFactory
    {
        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
            {
                options.EventsType = null;
                options.Events = new CookieAuthenticationEvents();
            });
    }
}
