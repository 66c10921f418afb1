using Microsoft.EntityFrameworkCore;

namespace ICP.Infrastructure.Persistence;

/// <summary>The context used with SQL Server in production; owns Migrations/SqlServer.</summary>
public sealed class SqlServerIcpDbContext(DbContextOptions<SqlServerIcpDbContext> options) : IcpDbContext(options);
