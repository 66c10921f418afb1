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
