using System.Globalization;

namespace ICP.Web.Configuration;

/// <summary>
/// The portal's only source of "now". With <c>Clock:SimulatedNow</c> set, the portal stands at that
/// instant (for demos, training and tests) and every page shows a banner saying so.
/// </summary>
public static class ClockSetup
{
    public static IServiceCollection AddPortalClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Read now: the clock is chosen while services are registered. A value without an offset
        // stops start-up here (ClockOptions), naming the setting.
        var clock = OptionsSetup.Read<ClockOptions>(configuration, "Clock");
        if (!clock.IsSimulated)
        {
            services.AddSingleton(TimeProvider.System);
        }
        else
        {
            // Deadlines are enforced by this clock: a stray setting must not move them on the real portal.
            if (environment.IsProduction() && !OptionsSetup.Read<DemoOptions>(configuration, "Demo").AllowInProduction)
            {
                throw new InvalidOperationException(
                    "Clock:SimulatedNow is refused in Production (deadlines are enforced by the portal's clock); set Demo:AllowInProduction=true for a public demo site.");
            }

            services.AddSingleton<TimeProvider>(new SimulatedTimeProvider(ParseInstant(clock.SimulatedNow!), clock.Frozen, TimeProvider.System));
        }

        services.AddSingleton<PortalClock>();
        services.AddSingleton(new AuthenticatorClock(TimeProvider.System));
        return services;
    }

    /// <summary>
    /// An instant with its offset (<c>Z</c> or <c>±hh:mm</c>). Without one, the server's own zone would
    /// silently decide: "2021-11-15T23:30:00" is 23:30 in Brussels on one machine, 00:30 on another.
    /// </summary>
    public static DateTimeOffset ParseInstant(string text)
    {
        var trimmed = text.Trim();
        var hasOffset = trimmed.EndsWith('Z') || trimmed.EndsWith('z')
            || (trimmed.Length > 6 && (trimmed[^6] == '+' || trimmed[^6] == '-') && trimmed[^3] == ':');
        return hasOffset && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : throw new InvalidOperationException(
                $"Clock:SimulatedNow '{text}' is not a date and time with an offset, e.g. 2021-11-02T10:00:00+01:00.");
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
