using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Staff;

/// <summary>
/// The application row keeps its latest version's number, instant and themes (the staff list and
/// its counts read them instead of looking up versions): they must always be the latest version's,
/// after every submission and for applications submitted before the columns existed.
/// </summary>
public sealed class LatestVersionOnApplicationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Resubmission_WithOtherThemes_MovesTheApplicationsLatestVersion()
    {
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "latest@city.example", "Latestville", "FR");
        await journey.SubmitAsync(id);
        await journey.SaveStepAsync(id, "themes", Field("PrimaryTheme", "air-quality"), Field("SecondaryTheme", string.Empty));
        var receipt = await journey.SubmitAsync(id);
        Assert.Equal($"/applicant/applications/{id}/versions/2", receipt.Response.RequestMessage!.RequestUri!.AbsolutePath);

        await AssertLatestVersionKeptAsync(id, expectedVersions: 2);
        var themes = await portal.WithDbAsync(db => db.Applications.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { Primary = db.Themes.Where(t => t.Id == a.LatestPrimaryThemeId).Select(t => t.Slug).Single(), a.LatestSecondaryThemeId }).SingleAsync());
        Assert.Equal("air-quality", themes.Primary);
        Assert.Null(themes.LatestSecondaryThemeId);
    }

    [Fact]
    public async Task Migration_FillsTheLatestVersion_OfApplicationsSubmittedBeforeIt()
    {
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "legacy@city.example", "Legacyville", "DE");
        await journey.SubmitAsync(id);
        await journey.SubmitAsync(id);

        await portal.WithDatabaseCopyAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var index = migrations.FindIndex(m => m.EndsWith("_LatestVersionOnApplications", StringComparison.Ordinal));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[index - 1]); // the columns are dropped with what they held
            await migrator.MigrateAsync();
            await AssertLatestVersionKeptAsync(db, id, expectedVersions: 2);
        });
    }

    private Task AssertLatestVersionKeptAsync(int id, int expectedVersions) =>
        portal.WithDbAsync(db => AssertLatestVersionKeptAsync(db, id, expectedVersions));

    private static async Task AssertLatestVersionKeptAsync(ICP.Infrastructure.Persistence.IcpDbContext db, int id, int expectedVersions)
    {
        var (application, latest) = (
            await db.Applications.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new { a.SubmittedVersions, a.LastSubmittedAt, a.LatestPrimaryThemeId, a.LatestSecondaryThemeId }).SingleAsync(),
            await db.ApplicationVersions.AsNoTracking().Where(v => v.ApplicationId == id).OrderByDescending(v => v.Number)
                .Select(v => new { v.Number, v.SubmittedAt, v.PrimaryThemeId, v.SecondaryThemeId }).FirstAsync());
        Assert.Equal(expectedVersions, latest.Number);
        Assert.Equal(latest.Number, application.SubmittedVersions);
        Assert.Equal(latest.SubmittedAt, application.LastSubmittedAt);
        Assert.NotNull(application.LatestPrimaryThemeId);
        Assert.Equal(latest.PrimaryThemeId, application.LatestPrimaryThemeId);
        Assert.Equal(latest.SecondaryThemeId, application.LatestSecondaryThemeId);
    }
}
