using System.Globalization;
using System.Threading.RateLimiting;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using StackExchange.Redis;

namespace ICP.Web.Configuration;

/// <summary>
/// Rate limits of forms that invite guessing or abuse. Each policy is a fixed number of requests a
/// window per partition (usually the client's address), answered 429 with <c>Retry-After</c>
/// beyond it. With <c>Redis:Configuration</c> set the counters live in Redis and hold across every
/// instance; without, in this process. To limit another form: add a policy here with
/// <see cref="AddSharedFixedWindow"/> (its name, the partition key of a request, or null for requests
/// it does not limit; the permits and the window) and put <c>[EnableRateLimiting(name)]</c> on the
/// controller or action. See docs/operations.md, "Rate limits".
/// </summary>
public static class RateLimitSetup
{
    /// <summary>Sign-in, registration, password reset, 2FA: posts a minute per client address (<c>Security:AccountPostsPerMinute</c>).</summary>
    public const string AccountPolicy = "account";

    /// <summary>Submitting an application (each submit makes a version and receipt e-mails).</summary>
    public const string SubmitPolicy = "submit";

    /// <summary>Saving a step, explicitly or by autosave: generous, the deadline rush must not feel it.</summary>
    public const string SavePolicy = "save";

    /// <summary>Uploading the letter (on top of the per-application rate counted in the database).</summary>
    public const string UploadPolicy = "upload";

    /// <summary>Staff CSV/XLSX exports and the personal-data archive: each one reads a lot.</summary>
    public const string ExportPolicy = "export";

    /// <summary>Forms that send e-mail to someone else: team and staff invitations, staff resending a message.</summary>
    public const string EmailPolicy = "email";

    /// <summary>
    /// Public registration for activities and following its links: counted per network (visitors
    /// are not signed in); each address also gets at most a few confirmation e-mails an hour
    /// (<c>RecipientThrottle</c>).
    /// </summary>
    public const string RegistrationPolicy = "registration";

    /// <summary>
    /// A city's private calendar feed, read by calendar clients without a session: counted per
    /// network only. Generous: one service (a hosted calendar) fetches many cities' feeds from few
    /// addresses, and guessing a 256-bit address is hopeless anyway; the limit bounds the load.
    /// </summary>
    public const string CalendarFeedPolicy = "calendar-feed";

    /// <summary>
    /// The defaults of the portal's own limits (<see cref="PortalRateLimits"/>), each overridable as
    /// <c>RateLimits:&lt;Policy&gt;:PerUser</c>, <c>:PerNetwork</c>, <c>:Window</c>. Why these
    /// numbers: docs/operations.md, "Rate limits".
    /// </summary>
    public static readonly IReadOnlyList<RateLimitRule> DefaultRules =
    [
        new(SubmitPolicy, PerUser: 10, PerNetwork: 100, TimeSpan.FromMinutes(10)),
        new(SavePolicy, PerUser: 120, PerNetwork: 1800, TimeSpan.FromMinutes(1)),
        new(UploadPolicy, PerUser: 20, PerNetwork: 200, TimeSpan.FromMinutes(10)),
        new(ExportPolicy, PerUser: 20, PerNetwork: 0, TimeSpan.FromMinutes(10)),
        new(EmailPolicy, PerUser: 30, PerNetwork: 100, TimeSpan.FromMinutes(10)),
        new(RegistrationPolicy, PerUser: 30, PerNetwork: 60, TimeSpan.FromMinutes(10)),
        new(CalendarFeedPolicy, PerUser: 0, PerNetwork: 600, TimeSpan.FromMinutes(10)),
    ];

    public static IServiceCollection AddPortalRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permitted = OptionsSetup.Read<SecurityOptions>(configuration, "Security").AccountPostsPerMinute;
        var rules = DefaultRules.Select(rule =>
        {
            var section = configuration.GetSection("RateLimits:" + rule.Name);
            var configured = rule with
            {
                PerUser = section.GetValue("PerUser", rule.PerUser),
                PerNetwork = section.GetValue("PerNetwork", rule.PerNetwork),
                Window = section.GetValue("Window", rule.Window),
            };
            if (configured.PerUser < 0 || configured.PerNetwork < 0 || configured.Window <= TimeSpan.Zero)
            {
                throw new InvalidOperationException($"RateLimits:{rule.Name}: PerUser and PerNetwork must be 0 (not counted) or more, and Window more than zero.");
            }

            return configured;
        }).ToList();
        services.AddSingleton(_ => new PortalRateLimits(rules));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers[HeaderNames.RetryAfter] =
                        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };

            options.AddSharedFixedWindow(
                AccountPolicy,
                context => HttpMethods.IsPost(context.Request.Method) ? ClientAddress(context) : null,
                permitted,
                TimeSpan.FromMinutes(1));
        });
        return services;
    }

    /// <summary>The client's address (after the forwarded headers of known proxies), the usual partition key.</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// A policy of <paramref name="permitLimit"/> requests per <paramref name="window"/> for each value of
    /// <paramref name="partitionKey"/> (null: the request is not limited), counted in Redis when it
    /// is configured (shared by every instance), in this process otherwise.
    /// </summary>
    public static RateLimiterOptions AddSharedFixedWindow(
        this RateLimiterOptions options, string policyName, Func<HttpContext, string?> partitionKey, int permitLimit, TimeSpan window)
    {
        options.AddPolicy(policyName, context => partitionKey(context) is { } key
            ? FixedWindowPartition(context.RequestServices, policyName, key, permitLimit, window)
            : RateLimitPartition.GetNoLimiter<string>(string.Empty));
        return options;
    }

    /// <summary>
    /// The counter of one partition (<paramref name="key"/>) of a policy: in Redis when it is
    /// configured (shared by every instance), in this process otherwise.
    /// </summary>
    public static RateLimitPartition<string> FixedWindowPartition(IServiceProvider services, string policyName, string key, int permitLimit, TimeSpan window)
    {
        if (services.GetService<Lazy<Task<IConnectionMultiplexer>>>() is not { } redis)
        {
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitLimit,
                Window = window,
                QueueLimit = 0,
            });
        }

        var prefix = services.GetRequiredService<IOptions<RedisOptions>>().Value.InstanceName;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<SharedFixedWindowRateLimiter>();
        return RateLimitPartition.Get(key, k => new SharedFixedWindowRateLimiter(redis, $"{prefix}rate:{policyName}:{k}", permitLimit, window, logger));
    }
}
