using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace ICP.Testing;

/// <summary>
/// A small SMTP server on a loopback port, enough for a real client (MailKit) to deliver to it:
/// EHLO/HELO, MAIL, RCPT, DATA (with dot-unstuffing), RSET, NOOP, QUIT. It can refuse the next
/// transactions with a temporary error, to exercise the outbox's retries.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<(string From, IReadOnlyList<string> To, MimeMessage Message)> _received = new();
    private readonly Task _accepting;
    private int _refuseNext;

    /// <summary>Listens on <paramref name="port"/> (0: any free port), e.g. one a portal was already told to use while nothing listened there.</summary>
    public SmtpSink(int port = 0)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>A loopback port nothing listens on (yet): connecting to it is refused.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IReadOnlyList<(string From, IReadOnlyList<string> To, MimeMessage Message)> Received => [.. _received];

    /// <summary>How many DATA commands were refused with 451.</summary>
    public int Refused { get; private set; }

    /// <summary>Answers the next <paramref name="count"/> messages' DATA with "451 try again later".</summary>
    public void RefuseNext(int count) => Interlocked.Exchange(ref _refuseNext, count);

    public async Task<MimeMessage> WaitForAsync(string to, string subject, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var match = _received.FirstOrDefault(r => r.To.Contains(to, StringComparer.OrdinalIgnoreCase) && r.Message.Subject?.Contains(subject, StringComparison.Ordinal) == true);
            if (match.Message is not null)
            {
                return match.Message;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No SMTP delivery to {to} about '{subject}'. Received: {string.Join(" | ", _received.Select(r => $"{string.Join(',', r.To)} {r.Message.Subject}"))}");
            }

            await Task.Delay(100);
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII, false, 1024, leaveOpen: true);
            await using var writer = new StreamWriter(stream, Encoding.ASCII, 1024, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost ICP test sink");
            string? from = null;
            var to = new List<string>();
            try
            {
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                    switch (verb)
                    {
                        case "EHLO":
                            await writer.WriteLineAsync("250-localhost");
                            await writer.WriteLineAsync("250 HELP");
                            break;
                        case "HELO":
                            await writer.WriteLineAsync("250 localhost");
                            break;
                        case "MAIL":
                            from = Address(line);
                            to.Clear();
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "RCPT":
                            to.Add(Address(line));
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "DATA":
                            if (Interlocked.Decrement(ref _refuseNext) >= 0)
                            {
                                Refused++;
                                await writer.WriteLineAsync("451 4.3.0 Try again later");
                                break;
                            }

                            await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                            var data = new StringBuilder();
                            while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                            {
                                data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                            }

                            using (var content = new MemoryStream(Encoding.UTF8.GetBytes(data.ToString())))
                            {
                                _received.Enqueue((from ?? string.Empty, [.. to], await MimeMessage.LoadAsync(content)));
                            }

                            await writer.WriteLineAsync("250 OK queued");
                            break;
                        case "RSET":
                            from = null;
                            to.Clear();
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "NOOP":
                            await writer.WriteLineAsync("250 OK");
                            break;
                        case "QUIT":
                            await writer.WriteLineAsync("221 Bye");
                            return;
                        default:
                            await writer.WriteLineAsync("502 Command not implemented");
                            break;
                    }
                }
            }
            catch (Exception problem) when (problem is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away, or the sink is stopping.
            }
        }
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : string.Empty;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
