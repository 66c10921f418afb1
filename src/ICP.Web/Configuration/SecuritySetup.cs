using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
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
        var security = OptionsSetup.Read<SecurityOptions>(configuration, "Security");

        // Nothing in a response names the server software (the default "Server: Kestrel").
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);

        // Redirection needs the port HTTPS answers on. Kestrel knows it only when it listens on an
        // https:// address itself; behind a proxy that ends TLS (or with a plain endpoint) the
        // middleware would otherwise log a warning and let plain HTTP through. Unknown: refuse to start.
        if (security.RequireHttps)
        {
            var port = HttpsPort(configuration, security);
            services.AddHttpsRedirection(options => options.HttpsPort = port);
        }

        // Every cookie, ours and the framework's (the notice cookie's own default is not Secure),
        // is Secure over HTTPS, and always when HTTPS is required.
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = security.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.MinimumSameSitePolicy = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
        });
        services.Configure<ICP.Web.Mvc.RequestOptions>(configuration.GetSection("Requests"));

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

    /// <summary>
    /// The port plain HTTP requests are redirected to: <c>Security:HttpsPort</c>, else ASP.NET Core's
    /// own <c>https_port</c>; null (found at run time from the server's addresses) when the portal
    /// itself listens on an https:// address. Throws when none of these is set.
    /// </summary>
    private static int? HttpsPort(IConfiguration configuration, SecurityOptions security)
    {
        if (security.HttpsPort is { } configured)
        {
            return configured is > 0 and <= 65535
                ? configured
                : throw new InvalidOperationException($"Security:HttpsPort must be a port number (1-65535), not {configured}.");
        }

        if (int.TryParse(configuration["https_port"], System.Globalization.CultureInfo.InvariantCulture, out var aspNetCorePort))
        {
            return aspNetCorePort;
        }

        var addresses = List(configuration["urls"]).Concat(List(configuration["https_ports"]).Select(p => "https://*:" + p))
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"] ?? string.Empty));
        if (addresses.Any(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        throw new InvalidOperationException(
            "Security:RequireHttps is on, but no HTTPS port is known to redirect plain HTTP to. Set Security:HttpsPort "
            + "(e.g. 443 behind a reverse proxy that ends TLS), or listen on an https:// address (urls, Kestrel:Endpoints), "
            + "or set Security:RequireHttps=false where nothing is served over plain HTTP.");
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
