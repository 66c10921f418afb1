using System.Net;
using System.Security.Cryptography;
using System.Text;
using ICP.Domain.Applications;
using ICP.Testing;
using ICP.Web.Commands;
using ICP.Web.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Operations;

/// <summary>
/// The <c>backup</c> and <c>restore</c> commands (issue 9, "keep what held"): a backup taken while
/// applicants write is consistent and holds every submission acknowledged before it; restored into
/// another portal, its receipts verify and its letters download with the hash the receipts state.
/// </summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task Backup_TakenDuringWrites_IsConsistent_AndRestoresEverySubmissionWithItsLetter()
    {
        await using var source = new PortalFactory();
        var submitted = new List<(ApplicantJourney Journey, int Id)>();
        foreach (var (email, city) in new[] { ("one@backup.example", "Backup One"), ("two@backup.example", "Backup Two") })
        {
            var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(source, email, city, "PT");
            await journey.SubmitAsync(id);
            submitted.Add((journey, id));
        }

        // A colleague keeps saving steps while the backup runs.
        var (writer, writerId) = await ApplicantJourney.DraftAsync(source, "writer@backup.example", "Busy Town", "IT");
        using var stop = new CancellationTokenSource();
        var saves = 0;
        var writing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await writer.SaveStepAsync(writerId, "case", Field("MainChallenge", $"Draft number {saves}"));
                saves++;
            }
        });
        while (saves < 3)
        {
            await Task.Delay(20);
        }

        var folder = Path.Combine(source.Folder, "backup-1");
        var (exit, output) = await RunAsync(source, "backup", "--to", folder);
        await stop.CancelAsync();
        await writing;

        Assert.True(exit == 0, output);
        Assert.Contains("integrity check ok", output, StringComparison.Ordinal);
        var receipts = await source.WithDbAsync(db => db.ApplicationVersions.AsNoTracking().Select(v => new { v.ApplicationId, v.ReceiptCode, v.ContentJson, v.ContentSha256, v.DocumentSha256 }).ToListAsync());
        Assert.Equal(2, receipts.Count);

        // A backup never overwrites.
        var (again, refusal) = await RunAsync(source, "backup", "--to", folder);
        Assert.Equal(2, again);
        Assert.Contains("already exists", refusal, StringComparison.Ordinal);

        await using var target = new PortalFactory();
        var (restored, restoreOutput) = await RunAsync(target, "restore", "--from", folder);
        Assert.True(restored == 0, restoreOutput);
        Assert.Contains("Restored from", restoreOutput, StringComparison.Ordinal);

        var visitor = target.CreateClient();
        foreach (var (journey, id) in submitted)
        {
            var receipt = receipts.Single(r => r.ApplicationId == id);
            Assert.Equal(receipt.ContentSha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(receipt.ContentJson))));
            var reference = await target.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Reference).SingleAsync());
            var check = await HtmlPage.GetAsync(visitor, $"/receipts/verify?reference={reference}&code={receipt.ReceiptCode}");
            Assert.Equal("valid", check.Element("#receipt-check").GetAttribute("data-result"));

            // The officer signs in on the restored portal and downloads the letter the receipt cites.
            var officer = await SignInOnAsync(target, journey.Email);
            var version = await target.WithDbAsync(db => db.ApplicationVersions.AsNoTracking().SingleAsync(v => v.ApplicationId == id));
            var letter = await officer.GetAsync(new Uri($"/applicant/applications/{id}/documents/{version.DocumentId}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
            Assert.Equal(receipt.DocumentSha256, Convert.ToHexStringLower(SHA256.HashData(await letter.Content.ReadAsByteArrayAsync())));
        }

        // The copy is one instant: its draft is one of the saves, whole.
        var draft = await target.WithDbAsync(db => db.ApplicationSections.Where(s => s.ApplicationId == writerId && s.Step == ApplicationStep.Case).Select(s => s.DataJson).SingleOrDefaultAsync());
        Assert.Matches("Draft number [0-9]+", draft ?? string.Empty);
    }

    [Fact]
    public async Task Restore_OverADatabaseWithData_IsRefusedWithoutReplace_AndChangesNothing()
    {
        await using var source = new PortalFactory();
        await ApplicantJourney.RegisterAsync(source, "first@backup.example", "First");
        var folder = Path.Combine(source.Folder, "backup-2");
        Assert.Equal(0, (await RunAsync(source, "backup", "--to", folder)).Exit);
        await ApplicantJourney.RegisterAsync(source, "after@backup.example", "After The Backup");

        var (exit, output) = await RunAsync(source, "restore", "--from", folder);

        Assert.Equal(2, exit);
        Assert.Contains("add --replace", output, StringComparison.Ordinal);
        Assert.Equal(2, await source.WithDbAsync(db => db.Users.CountAsync()));

        var (replaced, replaceOutput) = await RunAsync(source, "restore", "--from", folder, "--replace");
        Assert.True(replaced == 0, replaceOutput);
        Assert.Equal(["first@backup.example"], await source.WithDbAsync(db => db.Users.Select(u => u.Email!).ToListAsync()));
    }

    [Fact]
    public async Task Restore_OfABackupFromANewerBuild_OrADamagedOne_IsRefused()
    {
        await using var portal = new PortalFactory();
        var folder = Path.Combine(portal.Folder, "backup-3");
        Assert.Equal(0, (await RunAsync(portal, "backup", "--to", folder)).Exit);
        var copy = Path.Combine(folder, "icp.db");
        await using (var connection = new SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0');";
            await command.ExecuteNonQueryAsync();
        }

        var (exit, output) = await RunAsync(portal, "restore", "--from", folder);
        Assert.Equal(2, exit);
        Assert.Contains("newer build", output, StringComparison.Ordinal);

        var damaged = Path.Combine(portal.Folder, "damaged");
        Directory.CreateDirectory(damaged);
        await File.WriteAllBytesAsync(Path.Combine(damaged, "icp.db"), Encoding.ASCII.GetBytes("not a database at all, just text"));
        var (damagedExit, damagedOutput) = await RunAsync(portal, "restore", "--from", damaged);
        Assert.Equal(2, damagedExit);
        Assert.Contains("is not a readable SQLite database", damagedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackupAndRestore_OnSqlServer_AreRefusedWithWhereToLook()
    {
        await using var portal = new PortalFactory();
        var settings = new DatabaseSettings(ICP.Infrastructure.Persistence.DatabaseProvider.SqlServer, "Server=x", false, false, 3, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));
        await using var scope = portal.Services.CreateAsyncScope();
        var workflow = new ICP.Web.Features.Operations.BackupWorkflow(
            scope.ServiceProvider.GetRequiredService<ICP.Infrastructure.Persistence.IcpDbContext>(), settings,
            scope.ServiceProvider.GetRequiredService<ICP.Infrastructure.Files.LocalFileStore>());

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => workflow.BackupAsync(Path.Combine(portal.Folder, "never"), CancellationToken.None));

        Assert.Contains("BACKUP DATABASE", refused.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(portal.Folder, "never")));
    }

    private static async Task<HttpClient> SignInOnAsync(PortalFactory portal, string email)
    {
        var client = portal.CreateClient();
        var login = await HtmlPage.GetAsync(client, "/account/login");
        await client.SubmitAsync(login, "main form", [Field("Form.Email", email), Field("Form.Password", ApplicantJourney.StrongPassword)]);
        return client;
    }

    private static async Task<(int Exit, string Output)> RunAsync(PortalFactory portal, params string[] args)
    {
        using var output = new StringWriter();
        var exit = await CommandLine.RunAsync(portal.Services, args, output);
        return (exit, output.ToString());
    }
}
