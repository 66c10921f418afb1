using ICP.Domain.Applications;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace ICP.IntegrationTests.Operations;

/// <summary>History rows written before reasons had codes: the English texts the portal wrote become codes, what people typed stays theirs (ADR 18).</summary>
public sealed class StatusReasonMigrationTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task Migration_MapsThePortalsEnglishReasonsToCodes_AndKeepsWhatPeopleTyped()
    {
        var (_, id) = await ApplicantJourney.DraftAsync(_portal, "legacy@gent.example", "Stad Gent", "BE");
        (string From, string To, bool IsOverride, string Reason)[] legacy =
        [
            ("Draft", "Submitted", false, "Version 2 submitted"),
            ("Submitted", "Withdrawn", false, "Budget refused"),
            ("Withdrawn", "Submitted", true, "Override: letter of 18 November"),
            ("Submitted", "Selected", false, "Selection decision released"),
            ("Selected", "Declined", false, "The council changed its mind"),
            ("Submitted", "Submitted", false, "Something else"),
        ];

        List<LegacyRow> rows = [];
        await _portal.WithDatabaseCopyAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var index = migrations.FindIndex(m => m.EndsWith("_StatusChangeReasonCodes", StringComparison.Ordinal));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[index - 1]);

            // The rows as the portal wrote them before: one text column.
            await db.Database.ExecuteSqlAsync($"UPDATE ApplicationStatusChanges SET Reason = 'Application started' WHERE ApplicationId = {id}");
            foreach (var (from, to, isOverride, reason) in legacy)
            {
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO ApplicationStatusChanges (ApplicationId, ActorId, ActorName, At, \"From\", \"To\", IsOverride, Reason) VALUES ({id}, 'legacy', 'Legacy', 0, {from}, {to}, {isOverride}, {reason})");
            }

            await migrator.MigrateAsync();
            rows = await db.ApplicationStatusChanges.Where(c => c.ApplicationId == id).OrderBy(c => c.Id)
                .Select(c => new LegacyRow(c.ReasonCode, c.VersionNumber, c.Reason, c.IsOverride)).ToListAsync();
        });

        Assert.Equal(
            [
                (StatusChangeReason.ApplicationStarted, null, "", false),
                (StatusChangeReason.VersionSubmitted, 2, "", false),
                (StatusChangeReason.Withdrawal, null, "Budget refused", false),
                (StatusChangeReason.Override, null, "letter of 18 November", true),
                (StatusChangeReason.DecisionReleased, null, "", false),
                (StatusChangeReason.Decline, null, "The council changed its mind", false),
                (StatusChangeReason.Text, (int?)null, "Something else", false),
            ],
            rows.Select(r => (r.ReasonCode, r.VersionNumber, r.Reason, r.IsOverride)));
    }

    private sealed record LegacyRow(StatusChangeReason ReasonCode, int? VersionNumber, string Reason, bool IsOverride);
}
