using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ICP.Testing;

/// <summary>
/// The built portal (ICP.Web.dll) running as a process of its own on a loopback port, against a
/// folder shared with other instances (database, files, mail). For what only real processes show: a
/// SIGKILL in the middle of writes, two instances on one database.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    /// <summary>Inside the ICP-AGIR application window; the instance's clock runs on from it.</summary>
    public const string SimulatedNow = "2021-11-02T10:00:00+01:00";

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private PortalProcess(Process process, Uri address, string folder)
    {
        _process = process;
        Address = address;
        Folder = folder;
    }

    public Uri Address { get; }

    public string Folder { get; }

    /// <summary>What the process wrote to its console (for a failure's message).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public static string DatabasePath(string folder) => Path.Combine(folder, "icp.db");

    public static Mailbox MailboxOf(string folder) => new(Path.Combine(folder, "mail"));

    /// <summary>Starts an instance on <paramref name="folder"/> and waits until it answers /health/ready.</summary>
    public static async Task<PortalProcess> StartAsync(string folder, params (string Key, string Value)[] settings)
    {
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var binaries = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = binaries,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(binaries, "ICP.Web.dll"));
        var all = new Dictionary<string, string>
        {
            ["urls"] = $"http://127.0.0.1:{port}",
            ["ConnectionStrings:Default"] = $"Data Source={DatabasePath(folder)}",
            ["Database:Provider"] = "Sqlite",
            ["Storage:Root"] = Path.Combine(folder, "files"),
            ["Email:PickupFolder"] = Path.Combine(folder, "mail"),
            ["Email:OutboxPollInterval"] = "00:00:01",
            ["Logging:File:Path"] = string.Empty,
            ["Security:RequireHttps"] = "false",
            ["Security:AccountPostsPerMinute"] = "10000",
            ["Clock:SimulatedNow"] = SimulatedNow,
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };

        // As in PortalFactory: the portal's own limits out of the way (every test client is one loopback network).
        foreach (var rule in ICP.Web.Configuration.RateLimitSetup.DefaultRules)
        {
            all[$"RateLimits:{rule.Name}:PerUser"] = "100000";
            all[$"RateLimits:{rule.Name}:PerNetwork"] = "100000";
        }

        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        foreach (var (key, value) in all)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var instance = new PortalProcess(process, new Uri($"http://127.0.0.1:{port}"), folder);
        process.OutputDataReceived += (_, e) => instance.Append(e.Data);
        process.ErrorDataReceived += (_, e) => instance.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await instance.WaitUntilReadyAsync();
        return instance;
    }

    /// <summary>A browser-like client for this instance: cookies in <paramref name="cookies"/> (shared with other instances' clients if given).</summary>
    public HttpClient CreateClient(CookieContainer? cookies = null, bool followRedirects = true) =>
        new(new SocketsHttpHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = followRedirects, UseCookies = true })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>SIGKILL: no shutdown, no flush, no finally blocks.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();

        // What the process logged (warnings and above) goes to the test's output, so that a 503 or an
        // error in a separate process names its cause in the test run as an in-process host's would.
        if (Log is { Length: > 0 } log)
        {
            Xunit.TestContext.Current.TestOutputHelper?.WriteLine($"Portal process {Address} logged:\n{log}");
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        // Generous: on a loaded two-core machine a cold start of the portal can take a while.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // Listening, but the cold first answer took longer than one probe's timeout (seen at a
                // load average near 60 on two cores): ask again until the overall deadline.
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException("The portal process did not become ready:\n" + Log);
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
