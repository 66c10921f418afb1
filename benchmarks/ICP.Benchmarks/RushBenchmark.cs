using System.Diagnostics;
using System.Globalization;
using System.Net;
using ICP.Testing;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Demo;
using Microsoft.Data.Sqlite;
using static ICP.Testing.FormSubmission;

namespace ICP.Benchmarks;

/// <summary>
/// Issue 8's figures in one run: the portal published in Release, run as a real process in the
/// Production environment on loopback against SQLite, loaded with wrk and with a .NET client for the
/// signed-in rush; each throughput figure a ratio to a bare Kestrel endpoint measured in the same
/// round, rounds interleaved, medians reported.
/// </summary>
public static class RushBenchmark
{
    /// <summary>Deadline day, four hours before the call closes: the rush.</summary>
    private const string RushClock = "2021-11-15T20:00:00+01:00";

    private static readonly string[] PublicPages = ["/", "/timeline", "/countries"];

    private static string[] ExtraEnvironment = [];

    public static async Task<int> RunAsync(string[] args)
    {
        var quick = Options.Flag(args, "--quick");
        var rounds = Options.Number(args, "--rounds", quick ? 2 : 5);
        var seconds = Options.Number(args, "--seconds", quick ? 2 : 5);
        var connections = Options.Number(args, "--connections", 16);
        var applications = Options.Number(args, "--applications", quick ? 1_000 : 10_000);
        var applicants = Options.Number(args, "--applicants", quick ? 40 : 200);
        var rushSeconds = Options.Number(args, "--rush-seconds", quick ? 15 : 60);
        var startups = Options.Number(args, "--startups", quick ? 2 : 5);

        // --portal-env NAME=VALUE (repeatable): a setting for every portal process, to measure a lever
        // (e.g. DOTNET_gcServer=0, Serilog__MinimumLevel__Default=Warning) against the same baseline.
        ExtraEnvironment = [.. args.Select((a, i) => (a, i)).Where(x => x.a == "--portal-env" && x.i + 1 < args.Length).Select(x => args[x.i + 1])];

        // --repository PATH measures another checkout's portal (e.g. an export of main) with this harness.
        var repository = Options.Text(args, "--repository") ?? FindRepository();
        var work = Directory.CreateTempSubdirectory("icp-bench-").FullName;
        Console.WriteLine($"ICP deadline-rush benchmark{(quick ? " (quick: not for the record)" : string.Empty)} of {repository}; work folder {work}");
        Console.WriteLine($"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}");
        if (ExtraEnvironment.Length > 0)
        {
            Console.WriteLine("Portal settings added: " + string.Join(' ', ExtraEnvironment));
        }

        var portalDll = await PublishAsync(repository, work);
        var benchDll = typeof(RushBenchmark).Assembly.Location;
        var database = Path.Combine(work, "icp.db");
        await SeedAsync(portalDll, work, database, applications);

        var results = new List<(string Figure, string Target, string Value, bool Met)>();
        var perRound = new Dictionary<string, List<double>>();
        var latencies = new Dictionary<string, List<double>>();
        void Record(string key, double value, Dictionary<string, List<double>> into)
        {
            if (!into.TryGetValue(key, out var list))
            {
                into[key] = list = [];
            }

            list.Add(value);
        }

        await using (var bare = StartBare(benchDll, work))
        await using (var cached = StartPortal(portalDll, work, database, "cached", cache: true))
        await using (var uncached = StartPortal(portalDll, work, database, "uncached", cache: false))
        {
            await bare.WaitUntilServingAsync("/", TimeSpan.FromSeconds(60));
            await cached.WaitUntilServingAsync("/", TimeSpan.FromSeconds(120));
            await uncached.WaitUntilServingAsync("/", TimeSpan.FromSeconds(120));
            var staffCookie = await SignInManagerAsync(cached.Address);
            var lastPage = ((applications + 49) / 50).ToString(CultureInfo.InvariantCulture);
            var targets = new List<(string Key, Uri Url, string? Cookie)>();
            targets.AddRange(PublicPages.Select(p => ("cached " + p, new Uri(cached.Address, p), (string?)null)));
            targets.AddRange(PublicPages.Select(p => ("uncached " + p, new Uri(uncached.Address, p), (string?)null)));
            targets.Add(("staff first", new Uri(cached.Address, "/admin/applications"), staffCookie));
            targets.Add(("staff last", new Uri(cached.Address, "/admin/applications?page=" + lastPage), staffCookie));
            foreach (var (_, url, cookie) in targets)
            {
                await EnsureOkAsync(url, cookie);
                await WrkResult.RunAsync(url, connections, 1, cookie); // warm-up: JIT, caches, connection pools
            }

            await WrkResult.RunAsync(new Uri(bare.Address, "/"), connections, 1);
            for (var round = 1; round <= rounds; round++)
            {
                Console.Write($"Round {round}/{rounds}:");
                var before = await WrkResult.RunAsync(new Uri(bare.Address, "/"), connections, seconds);
                var measured = new List<(string Key, WrkResult Result)>();
                foreach (var (key, url, cookie) in targets)
                {
                    var result = await WrkResult.RunAsync(url, connections, seconds, cookie);
                    if (result.Errors > 0)
                    {
                        Console.Write($" [{key}: {result.Errors} errors]");
                    }

                    measured.Add((key, result));
                    Console.Write(string.Create(CultureInfo.InvariantCulture, $" {key} {result.RequestsPerSecond:F0}/s"));
                }

                var after = await WrkResult.RunAsync(new Uri(bare.Address, "/"), connections, seconds);
                var baseline = (before.RequestsPerSecond + after.RequestsPerSecond) / 2;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $" bare {before.RequestsPerSecond:F0}/{after.RequestsPerSecond:F0}/s"));
                Record("bare", baseline, perRound);
                foreach (var (key, result) in measured)
                {
                    Record(key, result.RequestsPerSecond / baseline, perRound);
                    Record(key, result.MedianMs, latencies);
                }

                Record("staff last/first", measured.Single(m => m.Key == "staff last").Result.MedianMs / measured.Single(m => m.Key == "staff first").Result.MedianMs, perRound);
            }

            var cachedRatio = PublicPages.Select(p => Statistics.Median(perRound["cached " + p])).Min();
            var uncachedRatio = PublicPages.Select(p => Statistics.Median(perRound["uncached " + p])).Min();
            foreach (var page in PublicPages)
            {
                results.Add(($"anonymous {page}, repeated", "≥ 0.50", Ratio(perRound["cached " + page]), Statistics.Median(perRound["cached " + page]) >= 0.50));
            }

            foreach (var page in PublicPages)
            {
                results.Add(($"anonymous {page}, caching disabled", "≥ 0.15", Ratio(perRound["uncached " + page]), Statistics.Median(perRound["uncached " + page]) >= 0.15));
            }

            results.Add(($"staff list at {applications} applications, first page", "≥ 0.05", Ratio(perRound["staff first"]), Statistics.Median(perRound["staff first"]) >= 0.05));
            results.Add(("staff list, last page ÷ first page (median latency)", "≤ 1.3", Ratio(perRound["staff last/first"]), Statistics.Median(perRound["staff last/first"]) <= 1.3));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Baseline: bare endpoint {Statistics.Median(perRound["bare"]):F0} req/s (median of rounds); lowest public-page ratio cached {cachedRatio:F3}, uncached {uncachedRatio:F3}."));

            // The rush: signed-in applicants saving and submitting, on the portal as configured (cache on).
            var rush = await RushAsync(cached, database, applicants, rushSeconds);
            results.Add(($"rush: {applicants} applicants for {rushSeconds} s, errors", "0", rush.Errors.ToString(CultureInfo.InvariantCulture), rush.Errors == 0));
            results.Add(("rush: lost writes (acknowledged, not in the database)", "0", rush.Lost.ToString(CultureInfo.InvariantCulture), rush.Lost == 0));
            results.Add(("rush: p99 latency", "≤ 1000 ms", string.Create(CultureInfo.InvariantCulture, $"{rush.P99Ms:F0} ms (median {rush.MedianMs:F0} ms, {rush.Requests} requests, {rush.Saves} saves, {rush.Submissions} submissions)"), rush.P99Ms <= 1000));
            var memory = cached.ResidentMegabytes();
            results.Add(("resident memory after the rush", "≤ 300 MB", string.Create(CultureInfo.InvariantCulture, $"{memory:F0} MB"), memory <= 300));
            if (Options.Flag(args, "--memory-report"))
            {
                await MemoryReport.WriteAsync(cached.Id, work);
            }
        }

        // Start-up: a new process until its first 200, the portal (database already migrated) against the bare endpoint, interleaved.
        var startupRatios = new List<double>();
        var portalStartups = new List<double>();
        var bareStartups = new List<double>();
        for (var round = 0; round < startups; round++)
        {
            double bareMs, portalMs;
            await using (var bare = StartBare(benchDll, work))
            {
                bareMs = (await bare.WaitUntilServingAsync("/", TimeSpan.FromSeconds(60))).TotalMilliseconds;
            }

            await using (var portal = StartPortal(portalDll, work, database, "startup", cache: true))
            {
                portalMs = (await portal.WaitUntilServingAsync("/", TimeSpan.FromSeconds(120))).TotalMilliseconds;
            }

            bareStartups.Add(bareMs);
            portalStartups.Add(portalMs);
            startupRatios.Add(portalMs / bareMs);
        }

        results.Add(("start-up to first page ÷ bare start-up to first response", "≤ 3", string.Create(CultureInfo.InvariantCulture,
            $"{Statistics.Median(startupRatios):F2} (portal {Statistics.Median(portalStartups):F0} ms, bare {Statistics.Median(bareStartups):F0} ms)"), Statistics.Median(startupRatios) <= 3));

        Console.WriteLine();
        Console.WriteLine($"{"Figure",-62} {"Target",-10} {"Measured (median of rounds)",-40} Met");
        foreach (var (figure, target, value, met) in results)
        {
            Console.WriteLine($"{figure,-62} {target,-10} {value,-40} {(met ? "yes" : "NO")}");
        }

        Console.WriteLine();
        Console.WriteLine("Median latencies (ms): " + string.Join(", ", latencies.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Key} {Statistics.Median(l.Value):F2}"))));
        Console.WriteLine($"Load average at the end: {LoadAverage()} (other work on the machine lowers every figure; the ratios absorb a steady load, not a changing one).");
        Console.WriteLine($"Logs of the portal processes: {work}");
        return results.All(r => r.Met) ? 0 : 1;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Ratio(List<double> values) =>
        string.Create(CultureInfo.InvariantCulture, $"{Statistics.Median(values):F3} ({string.Join(" ", values.Select(v => v.ToString("F3", CultureInfo.InvariantCulture)))})");

    private static ServerProcess StartBare(string benchDll, string work) =>
        ServerProcess.Start(benchDll, ["bare"], new Dictionary<string, string> { ["DOTNET_gcServer"] = "0" }, Path.Combine(work, "bare.log"));

    private static ServerProcess StartPortal(string portalDll, string work, string database, string name, bool cache)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Portal__BaseUrl"] = "{address}",
            ["Security__RequireHttps"] = "false",
            ["Security__AccountPostsPerMinute"] = "1000000",

            // The rush is simulated from one address by a few users far faster than people type: the
            // benchmark measures the portal's work, not its refusals.
            ["RateLimits__submit__PerUser"] = "1000000",
            ["RateLimits__submit__PerNetwork"] = "1000000",
            ["RateLimits__save__PerUser"] = "1000000",
            ["RateLimits__save__PerNetwork"] = "1000000",
            ["RateLimits__upload__PerUser"] = "1000000",
            ["RateLimits__upload__PerNetwork"] = "1000000",
            ["ConnectionStrings__Default"] = $"Data Source={database}",
            ["Logging__File__Path"] = Path.Combine(work, "logs", name + "-.json"),
            ["Storage__Root"] = Path.Combine(work, "files"),
            ["Email__PickupFolder"] = Path.Combine(work, "mail"),
            ["Clock__SimulatedNow"] = RushClock,
            ["Demo__AllowInProduction"] = "true",
            ["OutputCache__Enabled"] = cache ? "true" : "false",
        };
        foreach (var setting in ExtraEnvironment)
        {
            var parts = setting.Split('=', 2);
            environment[parts[0]] = parts.Length > 1 ? parts[1] : string.Empty;
        }

        return ServerProcess.Start(portalDll, [], environment, Path.Combine(work, name + ".log"));
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ICP.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from the repository (ICP.sln not found above " + AppContext.BaseDirectory + ").");
    }

    private static async Task<string> PublishAsync(string repository, string work)
    {
        var output = Path.Combine(work, "portal");
        var watch = Stopwatch.StartNew();
        // As docs/operations.md publishes it: Release, ReadyToRun (precompiled code, a faster start-up).
        await RunToEndAsync("dotnet", ["publish", Path.Combine(repository, "src", "ICP.Web"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false",
            "-p:PublishReadyToRun=true", "-o", output, "-nologo", "-v", "q"], repository);
        Console.WriteLine($"Published the portal (Release, ReadyToRun) in {watch.Elapsed.TotalSeconds:F0} s.");
        return Path.Combine(output, "ICP.Web.dll");
    }

    private static async Task SeedAsync(string portalDll, string work, string database, int applications)
    {
        var watch = Stopwatch.StartNew();
        var log = Path.Combine(work, "seed.log");
        await RunToEndAsync("dotnet", [portalDll, "seed-demo", "--applications", applications.ToString(CultureInfo.InvariantCulture)], Path.GetDirectoryName(portalDll)!,
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ConnectionStrings__Default"] = $"Data Source={database}",
                ["Logging__File__Path"] = string.Empty,
                ["Storage__Root"] = Path.Combine(work, "files"),
                ["Email__PickupFolder"] = Path.Combine(work, "mail"),
            }, log);
        Console.WriteLine($"Migrated and seeded {applications} applications in {watch.Elapsed.TotalSeconds:F0} s.");
    }

    private static async Task RunToEndAsync(string file, string[] arguments, string directory, Dictionary<string, string>? environment = null, string? log = null)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? [])
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (log is not null)
        {
            await File.WriteAllTextAsync(log, await output + await errors);
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await errors}");
        }
    }

    private static async Task EnsureOkAsync(Uri url, string? cookie)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode} before the measurement.");
        }
    }

    /// <summary>Signs the demo programme manager in (password and authenticator code); returns the cookies for wrk.</summary>
    private static async Task<string> SignInManagerAsync(Uri portal)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies }) { BaseAddress = portal };
        var login = await HtmlPage.GetAsync(client, "/account/login");
        var second = await client.SubmitAsync(login, "main form", [Field("Form.Email", DemoData.ManagerEmail), Field("Form.Password", DemoData.Password)]);
        var code = Totp.Code(Totp.FromBase32(DemoData.AuthenticatorKey), Totp.TimeStep(DateTimeOffset.UtcNow));
        var landed = await client.SubmitAsync(second, "main form", [Field("Form.Code", code)]);
        if (!landed.Response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith("/admin", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The manager could not sign in: " + landed.MainText);
        }

        return cookies.GetCookieHeader(portal);
    }

    private sealed record RushOutcome(int Errors, int Lost, double P99Ms, double MedianMs, int Requests, int Saves, int Submissions);

    private static async Task<RushOutcome> RushAsync(ServerProcess portal, string database, int count, int seconds)
    {
        var officers = new List<(string Email, int ApplicationId, long Versions)>();
        await using (var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly"))
        {
            await connection.OpenAsync();
            var command = connection.CreateCommand();
            command.CommandText = """
                SELECT u.Email, a.Id, (SELECT COUNT(*) FROM ApplicationVersions v WHERE v.ApplicationId = a.Id)
                FROM Applications a
                JOIN LocalAuthorities l ON l.Id = a.LocalAuthorityId
                JOIN AspNetUsers u ON u.Id = l.DesignatedSubmitterId
                WHERE u.Email LIKE 'officer%' AND NOT EXISTS (SELECT 1 FROM Evaluations e WHERE e.ApplicationId = a.Id)
                ORDER BY a.Id LIMIT $count
                """;
            command.Parameters.AddWithValue("$count", count);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                officers.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2)));
            }
        }

        if (officers.Count < count)
        {
            throw new InvalidOperationException($"Only {officers.Count} demo applications without evaluations for {count} applicants.");
        }

        var applicants = officers.Select(o => new RushApplicant(o.Email, o.ApplicationId, portal.Address)).ToList();
        var signIn = Stopwatch.StartNew();
        await Parallel.ForEachAsync(applicants, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (a, _) => await a.SignInAsync());
        Console.WriteLine($"Rush: {count} applicants signed in in {signIn.Elapsed.TotalSeconds:F0} s; now saving and submitting for {seconds} s.");

        var until = DateTime.UtcNow.AddSeconds(seconds);
        await Task.WhenAll(applicants.Select((a, i) => Task.Run(() => a.RunAsync(until, i + 1))));

        var lost = 0;
        await using (var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly"))
        {
            await connection.OpenAsync();
            foreach (var (applicant, before) in applicants.Zip(officers.Select(o => o.Versions)))
            {
                var versions = connection.CreateCommand();
                versions.CommandText = "SELECT COUNT(*) FROM ApplicationVersions WHERE ApplicationId = $id";
                versions.Parameters.AddWithValue("$id", applicant.ApplicationId);
                var now = (long)(await versions.ExecuteScalarAsync())!;
                if (now != before + applicant.Submissions)
                {
                    lost++;
                    Console.WriteLine($"  {applicant.Email}: {applicant.Submissions} submissions acknowledged, {now - before} versions in the database.");
                }

                if (applicant.LastSavedRegion is { } region)
                {
                    var saved = connection.CreateCommand();
                    saved.CommandText = "SELECT COUNT(*) FROM ApplicationSections WHERE ApplicationId = $id AND DataJson LIKE $region";
                    saved.Parameters.AddWithValue("$id", applicant.ApplicationId);
                    saved.Parameters.AddWithValue("$region", "%" + region + "\"%");
                    if ((long)(await saved.ExecuteScalarAsync())! == 0)
                    {
                        lost++;
                        Console.WriteLine($"  {applicant.Email}: the last acknowledged save ({region}) is not in the database.");
                    }
                }
            }
        }

        foreach (var error in applicants.SelectMany(a => a.Errors).GroupBy(e => e.Length > 120 ? e[..120] : e).Take(10))
        {
            Console.WriteLine($"  error ×{error.Count()}: {error.Key}");
        }

        foreach (var applicant in applicants)
        {
            applicant.Dispose();
        }

        var all = applicants.SelectMany(a => a.LatenciesMs).Order().ToList();
        return new RushOutcome(applicants.Sum(a => a.Errors.Count), lost, Statistics.Percentile(all, 0.99), Statistics.Percentile(all, 0.5), all.Count,
            applicants.Sum(a => a.Saves), applicants.Sum(a => a.Submissions));
    }
}
