using System.Diagnostics;
using System.Globalization;
using System.Net;
using ICP.Testing;
using ICP.Web.Features.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace ICP.Benchmarks;

/// <summary>
/// The staff application list must "page efficiently with 10,000 applications". This measures the
/// list's pages over HTTP (routing, query, rendering) on a portal with the large call, against the
/// same pages on a portal with the demo's 60 applications, measured in the same run on the same
/// machine: the ratio says how the cost grows with the call, whatever the machine's speed.
/// <c>dotnet run -c Release --project benchmarks/ICP.Benchmarks -- scaling [--applications 10000 --runs 25]</c>
/// </summary>
public static class StaffScaling
{
    private const int Baseline = 60;

    private static readonly string[] Cases =
    [
        "/admin/applications",
        "/admin/applications?page=LAST",
        "/admin/applications?group=EU&sort=score&descending=true",
        "/admin/applications?text=Toronto",
        "/admin/applications?minScore=60&sort=submitted",
        "/admin/selection/EU",
        "/admin",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        // The test factory finds ICP.Web's content root from the manifest beside the binaries.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var large = Options.Number(args, "--applications", 10_000);
        var runs = Options.Number(args, "--runs", 25);

        Console.WriteLine($"ICP staff pages, median of {runs} requests after 3 warm-up requests; baseline: the same page with {Baseline} applications.");
        var baseline = await MeasureAsync(Baseline, runs);
        var measured = await MeasureAsync(large, runs);

        Console.WriteLine();
        Console.WriteLine($"{"Page",-58} {Baseline + " apps (ms)",14} {large + " apps (ms)",16} {"ratio",7}");
        foreach (var (url, ms) in measured)
        {
            var reference = baseline[url];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{url,-58} {reference,14:F1} {ms,16:F1} {ms / reference,7:F2}"));
        }

        return 0;
    }

    private static async Task<Dictionary<string, double>> MeasureAsync(int applications, int runs)
    {
        await using var portal = new PortalFactory();
        var seeding = Stopwatch.StartNew();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(applications, 4, CancellationToken.None);
        }

        Console.WriteLine($"Seeded {applications} applications in {seeding.Elapsed.TotalSeconds:F1} s.");
        portal.Clock.SetUtcNow(SelectionSetup.AfterDeadline);
        var manager = await StaffJourney.SignInAsync(portal, DemoData.ManagerEmail);
        var lastPage = ((applications + 49) / 50).ToString(CultureInfo.InvariantCulture);
        var results = new Dictionary<string, double>();
        foreach (var template in Cases)
        {
            var url = template.Replace("page=LAST", "page=" + lastPage, StringComparison.Ordinal);
            for (var i = 0; i < 3; i++)
            {
                await GetAsync(manager.Client, url);
            }

            var times = new List<double>(runs);
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await GetAsync(manager.Client, url);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            results[template] = Statistics.Median(times);
        }

        return results;
    }

    private static async Task GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || body.Length == 0)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}.");
        }
    }
}
