using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Seeding;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Configuration;

/// <summary>
/// <c>Database:Provider</c> (Sqlite by default, or SqlServer) and <c>ConnectionStrings:Default</c>.
/// With neither set, the portal uses App_Data/icp.db under the content root and builds it by
/// applying the migrations at start-up.
/// </summary>
public static partial class DatabaseSetup
{
    public const string DefaultSqliteConnectionString = "Data Source=App_Data/icp.db";

    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = DatabaseSettings.From(configuration, environment.ContentRootPath);
        services.AddSingleton(settings);
        services.AddIcpDbContext(settings.Provider, settings.ConnectionString, settings.BusyTimeout, settings.WriteQueueTimeout);

        // A committed change to what the public pages show evicts their cached copies.
        services.ConfigureDbContext<SqliteIcpDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<PublicPageChangeInterceptor>()));
        services.ConfigureDbContext<SqlServerIcpDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<PublicPageChangeInterceptor>()));
        services.AddScoped<ProgrammeSeeder>();
        return services;
    }

    /// <summary>Applies pending migrations (unless turned off for a database migrated by script) and seeds.</summary>
    public static async Task InitialisePortalDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
        var db = scope.ServiceProvider.GetRequiredService<IcpDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseSetup));
        LogDatabase(logger, settings.Provider, settings.SafeDescription);

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers go on while one writer commits (it persists in the file).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // Migrate() also compares the model with the last migration's snapshot, which builds the full
        // model (seconds at start-up) even when the database is current: ask first, migrate only then.
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        if (settings.MigrateOnStartup && (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        var migrated = System.Diagnostics.Stopwatch.GetTimestamp();
        if (settings.SeedOnStartup)
        {
            var seeder = scope.ServiceProvider.GetRequiredService<ProgrammeSeeder>();
            await seeder.SeedIfChangedAsync(settings.MemberStateCap, cancellationToken);
        }

        // What start-up spends on the database, for operators and for the start-up figure of the benchmark.
        var migrationsMs = System.Diagnostics.Stopwatch.GetElapsedTime(started, migrated).TotalMilliseconds;
        var seedMs = System.Diagnostics.Stopwatch.GetElapsedTime(migrated).TotalMilliseconds;
        LogDatabaseReady(logger, migrationsMs, seedMs);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready: migrations checked in {MigrationsMs:F0} ms, seed checked in {SeedMs:F0} ms")]
    private static partial void LogDatabaseReady(ILogger logger, double migrationsMs, double seedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database: {Provider} at {Location}")]
    private static partial void LogDatabase(ILogger logger, DatabaseProvider provider, string location);
}
