using ICP.Infrastructure.Persistence.Writes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ICP.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IcpDbContext"/> backed by the provider's own subclass, so that the
    /// provider's migration set is the one applied, and the write policy (<see cref="DatabaseWrites"/>).
    /// </summary>
    public static IServiceCollection AddIcpDbContext(
        this IServiceCollection services, DatabaseProvider provider, string connectionString, TimeSpan? busyTimeout = null, TimeSpan? queueTimeout = null)
    {
        var writes = new DatabaseWriteSettings(
            provider, busyTimeout ?? DatabaseWriteSettings.DefaultBusyTimeout, queueTimeout ?? DatabaseWriteSettings.DefaultQueueTimeout);
        services.AddSingleton(writes);
        services.AddSingleton<SqliteWriteGate>();
        services.AddScoped<DatabaseWrites>();
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddSingleton<SqliteWriteInterceptor>();
                services.AddDbContext<IcpDbContext, SqliteIcpDbContext>((provider, options) =>
                    ConfigureSqlite(options, connectionString).AddInterceptors(provider.GetRequiredService<SqliteWriteInterceptor>()));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<IcpDbContext, SqlServerIcpDbContext>(options => ConfigureSqlServer(options, connectionString));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }

        return services;
    }

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(WithDriverBusyWait(connectionString), sqlite =>
            sqlite.MigrationsHistoryTable("__EFMigrationsHistory"));

    /// <summary>
    /// The driver polls a locked file (sleeping a thread between tries) for up to its command timeout,
    /// 30 s by default. In-process writers queue at the <see cref="SqliteWriteGate"/> instead, so this
    /// wait only meets another process's lock: one second per try, and the write policy decides,
    /// within the busy budget, whether to try again. Set explicitly in the connection string, it wins.
    /// </summary>
    private static string WithDriverBusyWait(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = 1;
        }

        return builder.ToString();
    }

    public static DbContextOptionsBuilder ConfigureSqlServer(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlServer(connectionString, sqlServer =>
        {
            sqlServer.MigrationsHistoryTable("__EFMigrationsHistory");
            sqlServer.EnableRetryOnFailure();
        });

    /// <summary>
    /// Makes a relative SQLite file path absolute under <paramref name="contentRoot"/> and creates its
    /// folder, so the database lands in the same place whatever the working directory.
    /// </summary>
    public static string ResolveSqliteConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:"
            || builder.Mode == SqliteOpenMode.Memory || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return builder.ToString();
        }

        if (!Path.IsPathRooted(dataSource))
        {
            dataSource = Path.GetFullPath(Path.Combine(contentRoot, dataSource));
        }

        var folder = Path.GetDirectoryName(dataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.DataSource = dataSource;
        return builder.ToString();
    }
}
