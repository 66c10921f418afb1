using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Seeding;
using ICP.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace ICP.IntegrationTests.Persistence;

public sealed class DatabaseTests
{
    [Fact]
    public async Task Migrations_OnAnEmptyDatabase_BuildEveryTableOfTheModel()
    {
        var path = Path.Combine(Path.GetTempPath(), $"icp-migrate-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = NewContext(path);

            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

            Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
            Assert.False(db.Database.HasPendingModelChanges());
            var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'")
                .ToListAsync(TestContext.Current.CancellationToken);
            var expected = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct();
            Assert.All(expected, table => Assert.Contains(table, tables));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Seeding_TheSecondTime_ChangesNothing()
    {
        await using var portal = new PortalFactory();
        _ = portal.Services; // start the portal: it migrates and seeds once
        var before = await portal.WithDbAsync(Snapshot);

        var result = await portal.WithDbAsync(db => new ProgrammeSeeder(db, NullLogger<ProgrammeSeeder>.Instance, portal.Clock).SeedAsync());
        var after = await portal.WithDbAsync(Snapshot);

        Assert.False(result.ChangedAnything);
        Assert.Equal(before, after);
        Assert.Equal(33, after["Territories"]);
        Assert.Equal(1, after["Calls"]);
        Assert.Equal(7, after["QuotaGroups"]);
        Assert.Equal(33, after["QuotaGroupTerritories"]);
        Assert.Equal(7, after["TimelinePhases"]);
        Assert.Equal(8, after["EvaluationCriteria"]);
        Assert.Equal(4, after["Themes"]);
        Assert.Equal(3, after["CallObjectives"]);
        Assert.Equal(3 * 51, after["ContentTranslations"]);
    }

    [Fact]
    public async Task Seeding_LeavesALanguageStaffStartedOnAsTheyLeftIt()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM ContentTranslations WHERE Culture = 'es' AND Kind = 'Theme'"));
        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM ContentTranslations WHERE Culture = 'ca'"));

        var result = await portal.WithDbAsync(db => new ProgrammeSeeder(db, NullLogger<ProgrammeSeeder>.Instance, portal.Clock).SeedAsync());

        // Catalan had none left: seeded again. Spanish themes were removed by hand: they stay removed.
        Assert.Equal(51, result.TranslationsAdded);
        Assert.Equal(0, await portal.WithDbAsync(db => db.ContentTranslations.CountAsync(t => t.Culture == "es" && t.Kind == ICP.Domain.Programme.ContentKind.Theme)));
    }

    [Fact]
    public async Task Seeding_NeverOverwritesWhatStaffChanged()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE Calls SET PassMark = 65"));

        await portal.WithDbAsync(db => new ProgrammeSeeder(db, NullLogger<ProgrammeSeeder>.Instance, portal.Clock).SeedAsync());

        var passMark = await portal.WithDbAsync(db => db.Calls.Select(c => c.PassMark).SingleAsync());
        Assert.Equal(65, passMark);
    }

    [Fact]
    public async Task Seeding_RestoresReferenceDataThatWasAltered()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE Territories SET Name = 'Czech Republic' WHERE Code = 'CZ'"));

        var result = await portal.WithDbAsync(db => new ProgrammeSeeder(db, NullLogger<ProgrammeSeeder>.Instance, portal.Clock).SeedAsync());

        Assert.Equal(1, result.TerritoriesUpdated);
        Assert.Equal("Czechia", await portal.WithDbAsync(db => db.Territories.Where(t => t.Code == "CZ").Select(t => t.Name).SingleAsync()));
    }

    [Fact]
    public async Task StartUpSeedCheck_IsSkippedWhileTheBuildIsTheSame_AndRunsOnceForANewOne()
    {
        await using var portal = new PortalFactory();
        _ = portal.Services; // start-up checked the seed and recorded for which build
        var recorded = await portal.WithDbAsync(db => db.SeedRecords.Select(r => r.Fingerprint).SingleAsync());
        Assert.Equal(SeedFingerprint.Of(IcpAgir2021.DefaultMemberStateCap), recorded);
        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE Territories SET Name = 'Czech Republic' WHERE Code = 'CZ'"));

        // A restart of the same build: the check is skipped (what it compares lives in that build).
        var skipped = await portal.WithDbAsync(db => new ProgrammeSeeder(db, NullLogger<ProgrammeSeeder>.Instance, portal.Clock).SeedIfChangedAsync());
        Assert.Null(skipped);
        Assert.Equal("Czech Republic", await portal.WithDbAsync(db => db.Territories.Where(t => t.Code == "CZ").Select(t => t.Name).SingleAsync()));

        // The first start of another build (or other settings) checks again, then records it.
        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE SeedRecords SET Fingerprint = 'an earlier release'"));
        var checkedAgain = await portal.WithDbAsync(db => new ProgrammeSeeder(db, NullLogger<ProgrammeSeeder>.Instance, portal.Clock).SeedIfChangedAsync());
        Assert.Equal(1, checkedAgain?.TerritoriesUpdated);
        Assert.Equal("Czechia", await portal.WithDbAsync(db => db.Territories.Where(t => t.Code == "CZ").Select(t => t.Name).SingleAsync()));
        Assert.Equal(recorded, await portal.WithDbAsync(db => db.SeedRecords.Select(r => r.Fingerprint).SingleAsync()));
    }

    [Fact]
    public async Task StoredInstants_RoundTripAsUtc_AndCompareInQueries()
    {
        await using var portal = new PortalFactory();
        var deadline = new DateTimeOffset(2021, 11, 15, 23, 0, 0, TimeSpan.Zero);

        var stored = await portal.WithDbAsync(db => db.Calls.Select(c => c.Deadline).SingleAsync());
        var beforeDeadline = await portal.WithDbAsync(db => db.Calls.CountAsync(c => c.Deadline > deadline.AddTicks(-1)));
        var afterDeadline = await portal.WithDbAsync(db => db.Calls.CountAsync(c => c.Deadline > deadline));

        Assert.Equal(deadline, stored);
        Assert.Equal(TimeSpan.Zero, stored.Offset);
        Assert.Equal(1, beforeDeadline);
        Assert.Equal(0, afterDeadline);
    }

    private static SqliteIcpDbContext NewContext(string path)
    {
        var options = new DbContextOptionsBuilder<SqliteIcpDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlite(options, $"Data Source={path}");
        return new SqliteIcpDbContext(options.Options);
    }

    private static async Task<Dictionary<string, long>> Snapshot(IcpDbContext db)
    {
        var tables = await db.Database.SqlQueryRaw<string>(
                "SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'")
            .ToListAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            // Row count and a checksum of every row's content, so an update in place is noticed too.
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // table names come from sqlite_master, not from input
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
#pragma warning restore CA2100
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }
}
