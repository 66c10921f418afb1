using ICP.Web.Configuration;
using Microsoft.Extensions.Options;

namespace ICP.Web.Commands;

/// <summary>Keeps the demo commands out of Production.</summary>
internal static class DemoGuard
{
    /// <summary>
    /// Demo accounts have a published password and authenticator key: never in Production unless
    /// the operator says so explicitly (<c>Demo:AllowInProduction=true</c>, e.g. for a public demo site).
    /// </summary>
    public static void Ensure(IServiceProvider provider)
    {
        var environment = provider.GetRequiredService<IHostEnvironment>();
        var allowed = provider.GetRequiredService<IOptions<DemoOptions>>().Value.AllowInProduction;
        if (environment.IsProduction() && !allowed)
        {
            throw new ArgumentException(
                "Demo data has a published password: refused in the Production environment. " +
                "Run with ASPNETCORE_ENVIRONMENT=Development, or set Demo:AllowInProduction=true for a demo site.");
        }
    }
}
