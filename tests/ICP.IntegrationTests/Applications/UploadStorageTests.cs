using System.Net;
using ICP.Testing;
using ICP.Web.Features.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ICP.IntegrationTests.Applications;

/// <summary>
/// Uploads cannot fill the disk (issue 9, finding 5): a rate per application counted from the
/// database, a quota on what an application keeps, and replaced letters deleted once nothing cites
/// them, never before the change that released them committed, and never a letter a version cites.
/// </summary>
public sealed class UploadStorageTests
{
    [Fact]
    public async Task TenLargeLettersAtOnce_AtMostFiveAreStored_TheOthersAreTold429WithRetryAfter()
    {
        await using var portal = new PortalFactory();
        var (journey, id) = await ApplicantJourney.DraftAsync(portal, "flood@city.example", "Floodville", "PT");
        var page = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/document");
        var letters = Enumerable.Range(0, 10).Select(i => TestDocuments.Pdf($"Letter {i} " + new string('x', 5_000_000))).ToList();

        var answers = await Task.WhenAll(letters.Select(bytes => journey.UploadAsync(id, bytes, tokenFrom: page)));

        var accepted = answers.Count(a => a.StatusCode == HttpStatusCode.OK);
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(5, accepted);
        Assert.Equal(5, refused.Count);
        Assert.All(refused, r =>
        {
            Assert.Contains("Too many letters were uploaded to this application in a short time. Try again in 10 minutes.", r.MainText, StringComparison.Ordinal);
            Assert.InRange(int.Parse(r.Response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 600);
        });
        Assert.Equal(5, await portal.WithDbAsync(db => db.ApplicationDocuments.CountAsync(d => d.ApplicationId == id)));

        // Only the current letter is kept: no version cites the four it replaced.
        var current = await portal.WithDbAsync(db => db.ApplicationDocuments.Where(d => d.ApplicationId == id && d.IsCurrent).Select(d => d.StorageKey).SingleAsync());
        Assert.Equal([current + ".bin"], FilesOnDisk(portal));

        // Ten minutes after the first, the next letter is accepted.
        portal.Clock.Advance(TimeSpan.FromMinutes(10).Add(TimeSpan.FromSeconds(1)));
        var later = await journey.UploadAsync(id, TestDocuments.Pdf("Letter 11"));
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.NotNull(later.Document.QuerySelector("#current-document"));
    }

    [Fact]
    public async Task ReplacedLetters_AreDeleted_UnlessASubmittedVersionCitesThem()
    {
        await using var portal = new PortalFactory();
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "replace@city.example", "Replaceville", "PT");
        var cited = await CurrentKeyAsync(portal, id);
        await journey.SubmitAsync(id);

        await journey.UploadAsync(id, TestDocuments.Pdf("Second letter"));
        var second = await CurrentKeyAsync(portal, id);
        Assert.Equal(new[] { cited + ".bin", second + ".bin" }.Order(StringComparer.Ordinal), FilesOnDisk(portal));

        await journey.UploadAsync(id, TestDocuments.Pdf("Third letter"));
        var third = await CurrentKeyAsync(portal, id);

        Assert.Equal(new[] { cited + ".bin", third + ".bin" }.Order(StringComparer.Ordinal), FilesOnDisk(portal));
        var secondRow = await portal.WithDbAsync(db => db.ApplicationDocuments.AsNoTracking().SingleAsync(d => d.StorageKey == second));
        Assert.NotNull(secondRow.FileDeletedAt);

        // Version 1's letter still downloads and still has the hash its receipt states.
        var version = await portal.WithDbAsync(db => db.ApplicationVersions.AsNoTracking().SingleAsync(v => v.ApplicationId == id));
        var download = await journey.Client.GetAsync(new Uri($"/applicant/applications/{id}/documents/{version.DocumentId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(version.DocumentSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await download.Content.ReadAsByteArrayAsync())));
    }

    [Fact]
    public async Task Sweep_DeletesWhatACrashLeftBehind_AndNothingElse()
    {
        await using var portal = new PortalFactory();
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "crash@city.example", "Crashville", "PT");
        var first = await CurrentKeyAsync(portal, id);
        await journey.UploadAsync(id, TestDocuments.Pdf("Second letter"));
        var second = await CurrentKeyAsync(portal, id);

        // A crash after the commit that released the first letter, before its file was deleted: the row
        // says "not deleted" and the file is still there.
        var firstPath = Path.Combine(portal.FilesFolder, first + ".bin");
        await File.WriteAllBytesAsync(firstPath, TestDocuments.Pdf());
        await portal.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE ApplicationDocuments SET FileDeletedAt = NULL WHERE StorageKey = {first}"));

        // A crash between storing a file and committing its row (old), an upload still in flight
        // (stored a moment ago, row not yet committed), and a write that never finished (old).
        var oldOrphan = WriteFile(portal, Guid.NewGuid().ToString("N") + ".bin", DateTime.UtcNow.AddHours(-2));
        var inFlight = WriteFile(portal, Guid.NewGuid().ToString("N") + ".bin", DateTime.UtcNow);
        var partial = WriteFile(portal, Guid.NewGuid().ToString("N") + ".partial", DateTime.UtcNow.AddHours(-2));

        var result = await SweepAsync(portal);

        Assert.Equal(new SweepResult(1, 2), result);
        Assert.False(File.Exists(firstPath));
        Assert.False(File.Exists(oldOrphan));
        Assert.False(File.Exists(partial));
        Assert.True(File.Exists(inFlight));
        Assert.True(File.Exists(Path.Combine(portal.FilesFolder, second + ".bin")));
        Assert.NotNull(await portal.WithDbAsync(db => db.ApplicationDocuments.Where(d => d.StorageKey == first).Select(d => d.FileDeletedAt).SingleAsync()));

        // A second sweep (another instance, or a crash before the rows were marked) changes nothing.
        Assert.Equal(new SweepResult(0, 0), await SweepAsync(portal));
        Assert.True(File.Exists(Path.Combine(portal.FilesFolder, second + ".bin")));
    }

    [Fact]
    public async Task Upload_BeyondTheQuota_IsRefusedAndStoresNothing()
    {
        var letterSize = TestDocuments.Pdf().Length;
        await using var portal = new PortalFactory().WithSetting("Uploads:MaxKeptBytes", (letterSize * 2 + 10).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "quota@city.example", "Quotaville", "PT");
        await journey.SubmitAsync(id);
        var b = await journey.UploadAsync(id, TestDocuments.Pdf("Letter B"));
        Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        await journey.SubmitAsync(id);
        var before = FilesOnDisk(portal);

        var refused = await journey.UploadAsync(id, TestDocuments.Pdf("Letter C"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("This application keeps as many letters as it may", refused.MainText, StringComparison.Ordinal);
        Assert.Equal(before, FilesOnDisk(portal));
        Assert.Equal(2, await portal.WithDbAsync(db => db.ApplicationDocuments.CountAsync(d => d.ApplicationId == id)));
    }

    private static Task<string> CurrentKeyAsync(PortalFactory portal, int id) =>
        portal.WithDbAsync(db => db.ApplicationDocuments.Where(d => d.ApplicationId == id && d.IsCurrent).Select(d => d.StorageKey).SingleAsync());

    private static List<string> FilesOnDisk(PortalFactory portal) =>
        [.. Directory.GetFiles(portal.FilesFolder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static string WriteFile(PortalFactory portal, string name, DateTime writtenAtUtc)
    {
        var path = Path.Combine(portal.FilesFolder, name);
        File.WriteAllBytes(path, TestDocuments.Pdf());
        File.SetLastWriteTimeUtc(path, writtenAtUtc);
        return path;
    }

    private static async Task<SweepResult> SweepAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DocumentFilesWorkflow>().SweepAsync(CancellationToken.None);
    }
}
