using ICP.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ICP.UnitTests.Persistence;

internal static class Contexts
{
    public static SqliteIcpDbContext Sqlite()
    {
        var options = new DbContextOptionsBuilder<SqliteIcpDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlite(options, "Data Source=:memory:");
        return new SqliteIcpDbContext(options.Options);
    }

    public static SqlServerIcpDbContext SqlServer()
    {
        var options = new DbContextOptionsBuilder<SqlServerIcpDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlServer(options, "Server=unused;Database=ICP;Integrated Security=true");
        return new SqlServerIcpDbContext(options.Options);
    }
}
