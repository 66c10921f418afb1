using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ICP.Web.Configuration;

/// <summary>
/// <c>/health</c>: the process answers (liveness). <c>/health/ready</c>: the database is reachable,
/// takes a write (not locked by another process, not read-only) and every migration of this build
/// is applied (readiness, for load balancers and deployments).
/// </summary>
public static class HealthSetup
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<IcpDbContext>("database", tags: [ReadyTag])
            .AddCheck<DatabaseWritableCheck>("database-writable", tags: [ReadyTag])
            .AddCheck<MigrationsAppliedCheck>("migrations", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapPortalHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }

    /// <summary>
    /// An empty write unit, through the same policy as every save: it waits its turn and takes the
    /// write lock (BEGIN IMMEDIATE on SQLite), then commits nothing. If it cannot within the busy
    /// budget, neither could a visitor's save: the instance is not ready.
    /// </summary>
    private sealed class DatabaseWritableCheck(DatabaseWrites writes) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await writes.RunAsync(_ => Task.CompletedTask, cancellationToken);
                return HealthCheckResult.Healthy("The database takes writes.");
            }
            catch (DatabaseBusyException busy)
            {
                return HealthCheckResult.Unhealthy(busy.Kind == DatabaseFailureKind.Unavailable
                    ? "The database cannot be written (read-only, missing or full)."
                    : "The database is locked: a write waited for the whole busy timeout.", busy);
            }
        }
    }

    private sealed class MigrationsAppliedCheck(IcpDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("All migrations are applied.")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending, the first being {pending[0]}.");
        }
    }
}
