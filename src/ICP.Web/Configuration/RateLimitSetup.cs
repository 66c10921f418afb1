using System.Threading.RateLimiting;

namespace ICP.Web.Configuration;

/// <summary>
/// Slows down guessing on the account forms (sign-in, registration, password reset, 2FA): a fixed
/// number of posts a minute per client address, answered 429 (not the default 503) beyond it.
/// </summary>
public static class RateLimitSetup
{
    public const string AccountPolicy = "account";

    public static IServiceCollection AddPortalRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permitted = configuration.GetValue("Security:AccountPostsPerMinute", 20);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(AccountPolicy, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permitted, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("reads"));
        });
        return services;
    }
}
