using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ICP.Benchmarks;

/// <summary>A server the benchmark starts as a real process (the portal, or the bare endpoint) and stops.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServerProcess(Process process, StreamWriter log, Uri address, long startedAt)
    {
        _process = process;
        _log = log;
        Address = address;
        StartedAt = startedAt;
    }

    public Uri Address { get; }

    /// <summary>When the process was started (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    public long StartedAt { get; }

    public int Id => _process.Id;

    /// <summary>Starts <c>dotnet <paramref name="dll"/> <paramref name="arguments"/></c> on a free loopback port.</summary>
    public static ServerProcess Start(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string logPath)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value.Replace("{address}", address.ToString().TrimEnd('/'), StringComparison.Ordinal);
        }

        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerProcess(process, log, address, startedAt);
    }

    /// <summary>Polls <paramref name="path"/> until it answers 200; returns the time since the process started.</summary>
    public async Task<TimeSpan> WaitUntilServingAsync(string path, TimeSpan timeout)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Address} exited with {_process.ExitCode} before serving {path} (see the log).");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    await response.Content.ReadAsByteArrayAsync();
                    return Stopwatch.GetElapsedTime(StartedAt);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (Stopwatch.GetElapsedTime(StartedAt) > timeout)
            {
                throw new TimeoutException($"{Address}{path} did not answer 200 within {timeout}.");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>Resident memory (VmRSS) in megabytes, from /proc.</summary>
    public double ResidentMegabytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id.ToString(CultureInfo.InvariantCulture)}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kilobytes / 1024.0;
            }
        }

        return double.NaN;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
