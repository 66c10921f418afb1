using System.Diagnostics;
using System.Globalization;
using System.Net;
using ICP.Testing;
using ICP.Web.Features.Demo;
using Microsoft.Extensions.DependencyInjection;

// The staff application list must "page efficiently with 10,000 applications". This measures the
// list's pages over HTTP (routing, query, rendering) on a portal with the large call, against the
// same pages on a portal with the demo's 60 applications, measured in the same run on the same
// machine: the ratio says how the cost grows with the call, whatever the machine's speed.
//
//   dotnet run -c Release --project benchmarks/ICP.Benchmarks [-- --applications 10000 --runs 25]
// The test factory finds ICP.Web's content root from the manifest beside the binaries.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);

// dotnet run -c Release --project benchmarks/ICP.Benchmarks -- --session-check [--runs 400]
if (args.Contains("--session-check"))
{
    return await ICP.Benchmarks.SessionCheckBenchmark.RunAsync(IntOption(args, "--runs", 400));
}

var large = IntOption(args, "--applications", 10_000);
var runs = IntOption(args, "--runs", 25);
const int Baseline = 60;

string[] cases =
[
    "/admin/applications",
    "/admin/applications?page=LAST",
    "/admin/applications?group=EU&sort=score&descending=true",
    "/admin/applications?text=Toronto",
    "/admin/applications?minScore=60&sort=submitted",
    "/admin/selection/EU",
    "/admin",
];

Console.WriteLine($"ICP staff pages, median of {runs} requests after 3 warm-up requests; baseline: the same page with {Baseline} applications.");
var baseline = await MeasureAsync(Baseline, cases);
var measured = await MeasureAsync(large, cases);

Console.WriteLine();
Console.WriteLine($"{"Page",-58} {Baseline + " apps (ms)",14} {large + " apps (ms)",16} {"ratio",7}");
foreach (var (url, ms) in measured)
{
    var reference = baseline[url];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{url,-58} {reference,14:F1} {ms,16:F1} {ms / reference,7:F2}"));
}

return 0;

async Task<Dictionary<string, double>> MeasureAsync(int applications, string[] templates)
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
    foreach (var template in templates)
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

        times.Sort();
        results[template] = times[times.Count / 2];
    }

    return results;
}

static async Task GetAsync(HttpClient client, string url)
{
    using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
    var body = await response.Content.ReadAsStringAsync();
    if (response.StatusCode != HttpStatusCode.OK || body.Length == 0)
    {
        throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}.");
    }
}

static int IntOption(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
