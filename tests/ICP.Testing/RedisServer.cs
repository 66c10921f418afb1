using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ICP.Testing;

/// <summary>
/// A real redis-server (Debian's package) on a free loopback port, for as long as a test needs it:
/// no persistence, stopped and gone when disposed. <see cref="StartAsync"/> returns null when the
/// binary is not installed (the test then skips, except under CI=true, where it must be there).
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string for <c>Redis:Configuration</c>.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static string? FindBinary() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "redis-server"))
            .FirstOrDefault(File.Exists);

    public static async Task<RedisServer?> StartAsync()
    {
        if (FindBinary() is not { } binary)
        {
            return null;
        }

        var port = FreePort();
        var info = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes" })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new RedisServer(process, port);
        for (var waited = Stopwatch.StartNew(); ; await Task.Delay(50))
        {
            if (await server.PingAsync())
            {
                return server;
            }

            if (process.HasExited || waited.Elapsed > TimeSpan.FromSeconds(10))
            {
                await server.DisposeAsync();
                throw new InvalidOperationException($"redis-server did not answer on port {port}.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
