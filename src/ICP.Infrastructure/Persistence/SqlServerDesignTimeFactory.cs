using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ICP.Infrastructure.Persistence;

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerIcpDbContext>
{
    public SqlServerIcpDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlServerIcpDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlServer(options, "Server=(local);Database=ICP;Integrated Security=true;TrustServerCertificate=true");
        return new SqlServerIcpDbContext(options.Options);
    }
}
