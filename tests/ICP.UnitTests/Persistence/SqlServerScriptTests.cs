using Microsoft.EntityFrameworkCore;
using Xunit;

namespace ICP.UnitTests.Persistence;

public sealed class SqlServerScriptTests
{
    [Fact]
    public void SqlServerMigrationScript_CreatesEveryTableOfTheModel()
    {
        using var db = Contexts.SqlServer();
        var migrator = Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>(db);

        var script = migrator.GenerateScript(options: Microsoft.EntityFrameworkCore.Migrations.MigrationsSqlGenerationOptions.Idempotent);

        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, table => Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal));
    }
}
