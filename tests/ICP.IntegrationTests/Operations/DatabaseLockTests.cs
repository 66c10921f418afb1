using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ICP.Domain.Applications;
using ICP.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Operations;

/// <summary>
/// The database file locked by another process (a backup, the sqlite3 shell, a stuck second
/// instance): a save waits a bounded time, then answers 503 with Retry-After and gives the person
/// back what they typed; readiness says the database is locked; once the lock goes, the same form
/// saves. Issue 9, finding 11: saves hung 30 s, then answered 500, while readiness said Healthy.
/// </summary>
public sealed class DatabaseLockTests
{
    private const string Typed = "Summer heat in the old town: twelve tropical nights in 2021, and no shade on the routes to the schools.";

    [Fact]
    public async Task StepSave_WhileAnotherProcessLocksTheDatabase_Answers503WithTheTypedText_AndSavesOnceTheLockGoes()
    {
        await using var portal = new PortalFactory().WithSetting("Database:BusyTimeout", "00:00:02");
        portal.ServerErrors.Expect("the test locks the database file on purpose, and readiness reports it as an error",
            e => e.Message.Contains("database-writable", StringComparison.Ordinal) && e.Exception is ICP.Infrastructure.Persistence.Writes.DatabaseBusyException);
        var (journey, id) = await ApplicantJourney.DraftAsync(portal, "officer@leipzig.example", "Stadt Leipzig", "DE");
        var step = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/steps/case");

        HtmlPage refused;
        await using (var locker = await LockAsync(portal.DatabasePath))
        {
            var clock = Stopwatch.StartNew();
            refused = await journey.Client.SubmitAsync(step, "#step-form", [Field("MainChallenge", Typed)], "#save");
            var waited = clock.Elapsed;

            // Bounded: the busy timeout (2 s here) and a little, never the driver's old 30 s.
            Assert.True(waited < TimeSpan.FromSeconds(20), $"The save waited {waited}.");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.True(refused.Response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "503 without Retry-After");
            Assert.NotNull(refused.Document.QuerySelector("#database-busy"));
            Assert.Equal(Typed, refused.Element("textarea[name='MainChallenge']").TextContent);

            var autosave = await AutosaveAsync(journey, id, step);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, autosave.StatusCode);
            Assert.True(JsonDocument.Parse(await autosave.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("busy").GetBoolean());

            var ready = await journey.Client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Null(await portal.WithDbAsync(db => db.ApplicationSections.SingleOrDefaultAsync(s => s.ApplicationId == id && s.Step == ApplicationStep.Case)));
        }

        // The form as it came back, sent again as it is.
        var saved = await journey.Client.SubmitAsync(refused, "#step-form", submitButtonSelector: "#save");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotNull(saved.Document.QuerySelector("#notice"));
        var section = await portal.WithDbAsync(db => db.ApplicationSections.SingleAsync(s => s.ApplicationId == id && s.Step == ApplicationStep.Case));
        Assert.Contains("twelve tropical nights", section.DataJson, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await journey.Client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Submit_WhileAnotherProcessLocksTheDatabase_Answers503OnTheReviewPage_AndTheSameSubmitWorksAfterwards()
    {
        await using var portal = new PortalFactory().WithSetting("Database:BusyTimeout", "00:00:02");
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "officer@graz.example", "Stadt Graz", "AT");
        var review = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/review");
        var declarations = new[] { Field("ConfirmAccurate", "true"), Field("ConfirmAuthorised", "true"), Field("ConfirmPublication", "true") };

        HtmlPage refused;
        await using (var locker = await LockAsync(portal.DatabasePath))
        {
            refused = await journey.Client.SubmitAsync(review, "#submit-form", declarations);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Document.QuerySelector("#database-busy"));
            Assert.Equal(0, await portal.WithDbAsync(db => db.ApplicationVersions.CountAsync(v => v.ApplicationId == id)));
        }

        // The page came back with the same submit key: sending it again makes exactly one version.
        var receipt = await journey.Client.SubmitAsync(refused, "#submit-form", declarations);
        var again = await journey.Client.SubmitAsync(refused, "#submit-form", declarations);

        Assert.Equal("1", receipt.Texts("#receipt-version").Single());
        Assert.Equal("1", again.Texts("#receipt-version").Single());
        Assert.Equal(1, await portal.WithDbAsync(db => db.ApplicationVersions.CountAsync(v => v.ApplicationId == id)));
    }

    /// <summary>Another process's write lock: in WAL mode readers go on, writers must wait.</summary>
    private static async Task<SqliteConnection> LockAsync(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN EXCLUSIVE;";
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    private static async Task<HttpResponseMessage> AutosaveAsync(ApplicantJourney journey, int id, HtmlPage step)
    {
        var fields = CurrentValues(step.Form("#step-form")).Where(f => f.Key != "MainChallenge").Append(Field("MainChallenge", Typed));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/applicant/applications/{id}/steps/case/autosave", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Accept.ParseAdd("application/json");
        return await journey.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
