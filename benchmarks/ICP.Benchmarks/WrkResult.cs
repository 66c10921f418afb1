using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ICP.Benchmarks;

/// <summary>One run of <c>wrk</c> (Debian's HTTP load generator): requests per second and latency percentiles.</summary>
public sealed partial record WrkResult(double RequestsPerSecond, double MedianMs, double P99Ms, long Requests, long Errors)
{
    public static async Task<WrkResult> RunAsync(Uri url, int connections, int seconds, string? cookie = null, string? method = null)
    {
        var info = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "--timeout", "10s" })
        {
            info.ArgumentList.Add(argument);
        }

        if (cookie is not null)
        {
            info.ArgumentList.Add("-H");
            info.ArgumentList.Add("Cookie: " + cookie);
        }

        if (method is not null)
        {
            info.ArgumentList.Add("-s");
            info.ArgumentList.Add(method);
        }

        info.ArgumentList.Add(url.ToString());
        using var process = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed on {url}: {await process.StandardError.ReadToEndAsync()}");
        }

        var rps = double.Parse(RpsPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var requests = long.Parse(CountPattern().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var non2xx = Non2xx().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var socketErrors = SocketErrors().Matches(output).Sum(e => long.Parse(e.Groups[1].Value, CultureInfo.InvariantCulture));
        return new WrkResult(rps, Latency(output, "50"), Latency(output, "99"), requests, non2xx + socketErrors);
    }

    private static double Latency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{percentile}(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            return double.NaN;
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RpsPattern();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex SocketErrors();
}
