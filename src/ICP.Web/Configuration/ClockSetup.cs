using System.Globalization;

namespace ICP.Web.Configuration;

/// <summary>
/// The portal's only source of "now". With <c>Clock:SimulatedNow</c> set, the portal stands at that
/// instant (for demos, training and tests) and every page shows a banner saying so.
/// </summary>
public static class ClockSetup
{
    public static IServiceCollection AddPortalClock(this IServiceCollection services, IConfiguration configuration)
    {
        var simulatedNow = configuration["Clock:SimulatedNow"];
        var frozen = configuration.GetValue("Clock:Frozen", false);
        if (string.IsNullOrWhiteSpace(simulatedNow))
        {
            services.AddSingleton(TimeProvider.System);
        }
        else
        {
            if (!DateTimeOffset.TryParse(simulatedNow, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            {
                throw new InvalidOperationException(
                    $"Clock:SimulatedNow '{simulatedNow}' is not a date and time with an offset, e.g. 2021-11-02T10:00:00+01:00.");
            }

            services.AddSingleton<TimeProvider>(new SimulatedTimeProvider(start, frozen, TimeProvider.System));
        }

        services.AddSingleton<PortalClock>();
        services.AddSingleton(new AuthenticatorClock(TimeProvider.System));
        return services;
    }
}

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

/// <summary>What the views need to know about the clock: the time, and whether it is the real one.</summary>
public sealed class PortalClock(TimeProvider timeProvider)
{
    public DateTimeOffset UtcNow => timeProvider.GetUtcNow();

    /// <summary>True whenever the portal does not run on the system clock (a simulated or test clock).</summary>
    public bool IsSimulated => !ReferenceEquals(timeProvider, TimeProvider.System);
}

/// <summary>
/// The clock authenticator codes are checked against. An authenticator app on a phone runs on real
/// time, so this is the system clock even while the portal's clock is simulated for a demo
/// (otherwise no real authenticator could sign in to a demo standing in 2021). Tests replace it
/// with their own clock.
/// </summary>
public sealed class AuthenticatorClock(TimeProvider timeProvider)
{
    public DateTimeOffset UtcNow => timeProvider.GetUtcNow();
}
