using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ICP.Infrastructure.Persistence;

// Used by `dotnet ef` only (tools/add-migration.sh, CI's pending-model check). Neither connects:
// generating migrations and scripts needs the model, not a server.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteIcpDbContext>
{
    public SqliteIcpDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteIcpDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlite(options, "Data Source=design-time.db");
        return new SqliteIcpDbContext(options.Options);
    }
}
