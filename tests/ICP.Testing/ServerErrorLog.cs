using Serilog.Core;
using Serilog.Events;

namespace ICP.Testing;

/// <summary>
/// Every event a portal logged at Error or above, with its exception and stack. A test fails when
/// its portal logged one that the test did not declare with <see cref="Expect"/>, even if the test
/// never looked at a status code (<see cref="FailOnServerErrorsAttribute"/> and
/// <see cref="PortalFactory.DisposeAsync"/> check); every event is written to the test's output.
/// </summary>
public sealed class ServerErrorLog : ILogEventSink
{
    private readonly Lock _gate = new();
    private readonly List<ServerError> _events = [];
    private readonly List<(string Reason, Func<ServerError, bool> Matches)> _expected = [];
    private int _reported;

    /// <summary>Everything captured so far.</summary>
    public IReadOnlyList<ServerError> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>
    /// Declares that this portal is meant to log errors matching <paramref name="matches"/>, and why.
    /// Every other event of the same request is covered too (the exception handler and the request
    /// log both report one failure). For tests that provoke an error on purpose, never for a defect.
    /// </summary>
    public void Expect(string reason, Func<ServerError, bool> matches)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        lock (_gate)
        {
            _expected.Add((reason, matches));
        }
    }

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level < LogEventLevel.Error)
        {
            return;
        }

        var error = new ServerError(
            logEvent.Timestamp,
            logEvent.Level,
            Property(logEvent, "SourceContext"),
            Property(logEvent, "RequestId"),
            Property(logEvent, "RequestPath"),
            logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture),
            logEvent.Exception);
        lock (_gate)
        {
            _events.Add(error);
        }
    }

    /// <summary>
    /// The events not yet handed out, each with the reason it was expected (null: it was not).
    /// Writes them to the current test's output.
    /// </summary>
    internal IReadOnlyList<(ServerError Error, string? ExpectedBecause)> TakeUnreported()
    {
        List<(ServerError, string?)> taken;
        lock (_gate)
        {
            var fresh = _events.Skip(_reported).ToList();
            _reported = _events.Count;
            taken = [.. fresh.Select(e => (e, ExpectedBecause(e)))];
        }

        var output = Xunit.TestContext.Current.TestOutputHelper;
        foreach (var (error, reason) in taken)
        {
            output?.WriteLine(reason is null ? $"SERVER ERROR {error}" : $"Server error (expected: {reason}) {error}");
        }

        return taken;
    }

    // Called under _gate.
    private string? ExpectedBecause(ServerError error)
    {
        foreach (var (reason, matches) in _expected)
        {
            if (matches(error) || (error.RequestId is not null && _events.Any(other => other.RequestId == error.RequestId && matches(other))))
            {
                return reason;
            }
        }

        return null;
    }

    private static string? Property(LogEvent logEvent, string name) =>
        logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: { } scalar } ? scalar.ToString() : null;
}
