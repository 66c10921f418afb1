using ICP.Domain.Activities;
using ICP.Domain.Programme;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace ICP.IntegrationTests.Operations;

/// <summary>A conference that kept places before conference delegates existed keeps them until its start, and cities may now register delegates (ADR 19).</summary>
public sealed class ConferenceDelegatesMigrationTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task Migration_GivesAConferenceThatKeptPlaces_ALimitAndItsStartAsCutoff_AndLeavesTheOthersAlone()
    {
        var starts = new DateTimeOffset(2023, 2, 22, 8, 0, 0, TimeSpan.Zero);
        var (kept, open) = await _portal.WithDbAsync(async db =>
        {
            var phase = await db.TimelinePhases.FirstAsync(p => p.Kind == PhaseKind.ClosingConference);
            Activity Conference(string title) => Activity.Create(phase, ActivityKind.ClosingConference,
                new ActivityDetails(title, "", starts, starts.AddHours(8), "Europe/Rome", true, Place: "Milan", Capacity: 300), "seed", starts.AddDays(-90));
            var (a, b) = (Conference("Kept places"), Conference("No places kept"));
            db.Activities.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });

        (int? Limit, DateTimeOffset? Cutoff, int? OtherLimit) after = default;
        await _portal.WithDatabaseCopyAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var index = migrations.FindIndex(m => m.EndsWith("_ConferenceDelegatesFirst", StringComparison.Ordinal));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[index - 1]);

            // As the portal wrote it before: places kept, no delegate stage.
            await db.Database.ExecuteSqlAsync($"UPDATE Activities SET PlacesForCities = 120 WHERE Id = {kept}");
            await migrator.MigrateAsync();
            var rows = await db.Activities.AsNoTracking().Where(a => a.Id == kept || a.Id == open).ToListAsync();
            var migrated = rows.Single(a => a.Id == kept);
            after = (migrated.DelegateLimitPerCity, migrated.DelegateCutoff, rows.Single(a => a.Id == open).DelegateLimitPerCity);
        });

        Assert.Equal((Activity.MaxDelegatesPerCity, starts, (int?)null), (after.Limit, after.Cutoff, after.OtherLimit));
    }
}
