namespace ICP.Web.Configuration;

/// <summary>
/// Response headers that keep every page to its own origin: nothing is loaded from, framed by or
/// posted to another site. ECL's fonts, icons and scripts are served locally (wwwroot/lib/ecl).
/// </summary>
public static class SecuritySetup
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IServiceCollection AddPortalSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHsts(options =>
        {
            // OWASP ASVS asks for at least a year; 30 days is ASP.NET Core's default.
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.Configure<SecurityOptions>(configuration.GetSection("Security"));
        return services;
    }

    public static IApplicationBuilder UsePortalSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next(context);
        });
}

/// <summary>Settings in the <c>Security</c> section.</summary>
public sealed class SecurityOptions
{
    /// <summary>Redirect HTTP to HTTPS and send HSTS. On by default; off in Development and tests on plain HTTP.</summary>
    public bool RequireHttps { get; set; } = true;
}
