using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Net.Http.Headers;

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
        services.Configure<ICP.Web.Infrastructure.RequestOptions>(configuration.GetSection("Requests"));

        // Behind a reverse proxy or load balancer that ends TLS, the scheme and the client's address
        // arrive in X-Forwarded-* headers: HTTPS redirection, secure cookies and the per-client rate
        // limit need them. Only the proxies listed are believed (loopback always is).
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in List(configuration["ForwardedHeaders:KnownProxies"]))
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in List(configuration["ForwardedHeaders:KnownNetworks"]))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    private static string[] List(string? text) =>
        (text ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Pages and files of a signed-in person (the applicant and staff areas, account pages, letters,
    /// exports) are never stored by a browser or a proxy; public pages may be kept but are checked
    /// again every time, so that a cache never freezes the call's state or a countdown. Responses that
    /// chose their own policy (static assets, antiforgery-protected forms) keep it.
    /// </summary>
    public static IApplicationBuilder UsePortalCachePolicy(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (headers.ContainsKey(HeaderNames.CacheControl))
                {
                    return Task.CompletedTask;
                }

                var path = context.Request.Path;
                var personal = context.User.Identity?.IsAuthenticated == true
                    || path.StartsWithSegments("/applicant") || path.StartsWithSegments("/admin") || path.StartsWithSegments("/account");
                headers.CacheControl = personal ? "no-store" : "no-cache";
                return Task.CompletedTask;
            });
            await next(context);
        });

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
