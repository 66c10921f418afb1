using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Infrastructure.Seeding;
using ICP.Web.Mvc;
using Microsoft.Data.Sqlite;
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

public sealed record DatabaseSettings(
    DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup, bool SeedOnStartup, int MemberStateCap, TimeSpan BusyTimeout, TimeSpan WriteQueueTimeout)
{
    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerName) && !Enum.TryParse(providerName, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException($"Database:Provider '{providerName}' is not one of: Sqlite, SqlServer.");
        }

        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DatabaseSetup.DefaultSqliteConnectionString
                : throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Default is not set.");
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = PersistenceServiceCollectionExtensions.ResolveSqliteConnectionString(connectionString, contentRoot);
        }

        return new DatabaseSettings(
            provider,
            connectionString,
            configuration.GetValue("Database:MigrateOnStartup", true),
            configuration.GetValue("Database:SeedOnStartup", true),
            OptionsSetup.Read<ProgrammeOptions>(configuration, "Programme").MemberStateCap,
            Wait(configuration, "Database:BusyTimeout", DatabaseWriteSettings.DefaultBusyTimeout),
            Wait(configuration, "Database:WriteQueueTimeout", DatabaseWriteSettings.DefaultQueueTimeout));
    }

    /// <summary>
    /// <c>Database:BusyTimeout</c> and <c>Database:WriteQueueTimeout</c>: how long a write may wait
    /// for the database before the visitor is asked to try again (a visitor waits that long: at most a minute).
    /// </summary>
    private static TimeSpan Wait(IConfiguration configuration, string key, TimeSpan defaultValue)
    {
        var value = configuration.GetValue(key, defaultValue);
        return value > TimeSpan.Zero && value <= TimeSpan.FromMinutes(1)
            ? value
            : throw new InvalidOperationException($"{key} must be more than zero and at most a minute (a visitor waits that long); it is {value}.");
    }

    /// <summary>Where the data lives, without credentials: safe to log.</summary>
    public string SafeDescription => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnectionStringBuilder(ConnectionString).DataSource
        : DescribeSqlServer(ConnectionString);

    private static string DescribeSqlServer(string connectionString)
    {
        var builder = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(connectionString);
        return $"{builder.DataSource}/{builder.InitialCatalog}";
    }

    // Keep the connection string (which may hold a password) out of ToString, logs and exceptions.
    public override string ToString() => $"{Provider} at {SafeDescription}";
}
