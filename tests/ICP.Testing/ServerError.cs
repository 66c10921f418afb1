using Serilog.Events;

namespace ICP.Testing;

/// <summary>One event the portal logged at Error or above, as the test output shows it.</summary>
public sealed record ServerError(
    DateTimeOffset At, LogEventLevel Level, string? Source, string? RequestId, string? RequestPath, string Message, Exception? Exception)
{
    public override string ToString() =>
        $"[{At:HH:mm:ss.fff} {Level}] {Source} {RequestPath} ({RequestId}): {Message}"
        + (Exception is null ? string.Empty : Environment.NewLine + Exception);
}
