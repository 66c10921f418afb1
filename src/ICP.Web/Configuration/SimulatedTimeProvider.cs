namespace ICP.Web.Configuration;

/// <summary>
/// A clock that starts at a chosen instant and then runs at normal speed (or stands still when
/// frozen), so that countdowns move during a demo.
/// </summary>
public sealed class SimulatedTimeProvider : TimeProvider
{
    private readonly DateTimeOffset _start;
    private readonly bool _frozen;
    private readonly TimeProvider _real;
    private readonly long _startedAt;

    public SimulatedTimeProvider(DateTimeOffset start, bool frozen, TimeProvider real)
    {
        _start = start.ToUniversalTime();
        _frozen = frozen;
        _real = real;
        _startedAt = real.GetTimestamp();
    }

    public override DateTimeOffset GetUtcNow() =>
        _frozen ? _start : _start + _real.GetElapsedTime(_startedAt);

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;
}
