using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Configuration;

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
