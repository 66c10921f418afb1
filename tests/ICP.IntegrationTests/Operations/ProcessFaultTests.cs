using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ICP.Testing;
using Microsoft.Data.Sqlite;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Operations;

/// <summary>
/// What held in the attack run against real processes of the built portal, kept as tests (issue 9):
/// a SIGKILL in the middle of a burst of concurrent submits loses no acknowledged submission and
/// leaves no half-written one; two instances on one database carry sign-ins and forms across, send
/// each e-mail once, and make one version of a submit sent to both.
/// </summary>
public sealed partial class ProcessFaultTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "icp-tests", "processes-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Sigkill_DuringABurstOfSubmits_EveryAcknowledgedSubmissionIsThereWhole()
    {
        var first = await PortalProcess.StartAsync(_folder);
        var mailbox = PortalProcess.MailboxOf(_folder);
        var officers = new List<(CookieContainer Cookies, int Id)>();
        foreach (var i in Enumerable.Range(1, 5))
        {
            var cookies = new CookieContainer();
            var (_, id) = await ApplicantJourney.ReadyToSubmitAsync(first.CreateClient(cookies), mailbox, $"officer{i}@kill.example", $"Killtown {i}", "PT");
            officers.Add((cookies, id));
        }

        // Every officer submits again and again; the portal is killed in the middle of it.
        var acknowledged = new ConcurrentBag<(int Id, int Number)>();
        var attempts = 0;
        using var stop = new CancellationTokenSource();
        var bursts = officers.Select(o => Task.Run(async () =>
        {
            var pages = first.CreateClient(o.Cookies);
            var submits = first.CreateClient(o.Cookies, followRedirects: false);
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var review = await HtmlPage.GetAsync(pages, $"/applicant/applications/{o.Id}/review");
                    var values = Declared(CurrentValues(review.Form("#submit-form")));
                    Interlocked.Increment(ref attempts);
                    var answer = await submits.PostAsync(new Uri(review.Form("#submit-form").Action, UriKind.RelativeOrAbsolute), new FormUrlEncodedContent(values));
                    if (answer.StatusCode == HttpStatusCode.Redirect && VersionPath().Match(answer.Headers.Location!.OriginalString) is { Success: true } receipt)
                    {
                        acknowledged.Add((o.Id, int.Parse(receipt.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
                    }
                }
                catch (Exception problem) when (problem is HttpRequestException or TaskCanceledException or InvalidOperationException)
                {
                    return; // the portal is gone
                }
            }
        })).ToList();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (Volatile.Read(ref attempts) < 50 && DateTime.UtcNow < until)
        {
            await Task.Delay(10);
        }

        first.Kill();
        await stop.CancelAsync();
        await Task.WhenAll(bursts);
        Assert.True(acknowledged.Count >= 5, $"Only {acknowledged.Count} submissions acknowledged of {attempts} before the kill:\n{first.Log}");

        // The database is whole, and every acknowledged version is in it, complete.
        await using var restarted = await PortalProcess.StartAsync(_folder);
        var versions = await ReadVersionsAsync();
        Assert.Equal("ok", await ScalarAsync("PRAGMA integrity_check;"));
        foreach (var (id, number) in acknowledged)
        {
            Assert.True(versions.ContainsKey((id, number)), $"Acknowledged version {number} of application {id} is missing");
        }

        var visitor = restarted.CreateClient();
        foreach (var ((id, number), version) in versions)
        {
            Assert.Equal(version.ContentSha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(version.ContentJson))));
            var letter = Path.Combine(_folder, "files", version.StorageKey + ".bin");
            Assert.True(File.Exists(letter), $"Version {number} of {id} cites a letter that is not on disk");
            Assert.Equal(version.DocumentSha256, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(letter))));
            Assert.Equal(1, await ScalarAsync<long>($"SELECT COUNT(*) FROM ApplicationStatusChanges WHERE ApplicationId = {id} AND ReasonCode = 'VersionSubmitted' AND VersionNumber = {number};"));
            if (acknowledged.Contains((id, number)))
            {
                var check = await HtmlPage.GetAsync(visitor, $"/receipts/verify?reference={version.Reference}&code={version.ReceiptCode}");
                Assert.Equal("valid", check.Element("#receipt-check").GetAttribute("data-result"));
            }
        }

        output.WriteLine($"{attempts} submits sent, {acknowledged.Count} acknowledged before the kill, {versions.Count} versions in the database after it.");

        // Version numbers have no gap: no version was half-written and then lost.
        foreach (var application in versions.Keys.GroupBy(k => k.Id))
        {
            Assert.Equal(Enumerable.Range(1, application.Count()), application.Select(k => k.Number).Order());
        }
    }

    [Fact]
    public async Task TwoInstancesOnOneDatabase_CarrySignInsAndForms_SendEachEmailOnce_AndMakeOneVersionOfOneSubmit()
    {
        await using var first = await PortalProcess.StartAsync(_folder);
        await using var second = await PortalProcess.StartAsync(_folder);
        var mailbox = PortalProcess.MailboxOf(_folder);
        var cookies = new CookieContainer();

        // Registered and signed in on the first instance...
        var (_, id) = await ApplicantJourney.ReadyToSubmitAsync(first.CreateClient(cookies), mailbox, "both@two.example", "Twotown", "PT");
        await ApplicantJourney.RegisterAsync(second.CreateClient(new CookieContainer()), mailbox, "other@two.example", "Other Officer");

        // ...the second knows the session, and accepts a form the first served.
        var onSecond = second.CreateClient(cookies);
        var dashboard = await HtmlPage.GetAsync(onSecond, "/applicant");
        Assert.Equal("/applicant", dashboard.Response.RequestMessage!.RequestUri!.AbsolutePath);
        var step = await HtmlPage.GetAsync(first.CreateClient(cookies), $"/applicant/applications/{id}/steps/case");
        var values = CurrentValues(step.Form("#step-form"));
        values.RemoveAll(v => v.Key == "MainChallenge");
        values.Add(Field("MainChallenge", "Saved through the second instance from a page the first one served, long enough to be a real answer."));
        var saved = await onSecond.PostAsync(new Uri(step.Form("#step-form").Action, UriKind.RelativeOrAbsolute), new FormUrlEncodedContent(values));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Saved through the second instance", await ScalarAsync($"SELECT DataJson FROM ApplicationSections WHERE ApplicationId = {id} AND Step = 'Case';"), StringComparison.Ordinal);

        // The same submit (one review page, one key) sent to both at once makes one version.
        var review = await HtmlPage.GetAsync(first.CreateClient(cookies), $"/applicant/applications/{id}/review");
        var submit = Declared(CurrentValues(review.Form("#submit-form")));
        var action = new Uri(review.Form("#submit-form").Action, UriKind.RelativeOrAbsolute);
        var answers = await Task.WhenAll(
            first.CreateClient(cookies, followRedirects: false).PostAsync(action, new FormUrlEncodedContent(submit)),
            second.CreateClient(cookies, followRedirects: false).PostAsync(action, new FormUrlEncodedContent(submit)));
        Assert.All(answers, a => Assert.Equal($"/applicant/applications/{id}/versions/1", a.Headers.Location?.OriginalString));
        Assert.Equal(1L, await ScalarAsync<long>($"SELECT COUNT(*) FROM ApplicationVersions WHERE ApplicationId = {id};"));

        // Both instances run an outbox worker: every message is delivered once.
        await mailbox.WaitForAsync("both@two.example", "Receipt");
        await Task.Delay(TimeSpan.FromSeconds(3));
        var delivered = mailbox.All().Select(m => $"{m.To} {m.Subject}").ToList();
        Assert.Equal(delivered.Distinct(StringComparer.Ordinal).Count(), delivered.Count);
        Assert.Equal(3, delivered.Count); // two confirmations, one receipt
        Assert.Equal(0L, await ScalarAsync<long>("SELECT COUNT(*) FROM OutboxMessages WHERE State <> 'Sent';"));
    }

    /// <summary>The review form with its three declarations ticked (replacing the unticked boxes' hidden "false").</summary>
    private static List<KeyValuePair<string, string>> Declared(List<KeyValuePair<string, string>> values)
    {
        string[] declarations = ["ConfirmAccurate", "ConfirmAuthorised", "ConfirmPublication"];
        values.RemoveAll(v => declarations.Contains(v.Key));
        values.AddRange(declarations.Select(d => Field(d, "true")));
        return values;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // left in the temp folder rather than failing the test
        }
    }

    private async Task<Dictionary<(int Id, int Number), (string Reference, string ReceiptCode, string ContentJson, string ContentSha256, string DocumentSha256, string StorageKey)>> ReadVersionsAsync()
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT v.ApplicationId, v.Number, a.Reference, v.ReceiptCode, v.ContentJson, v.ContentSha256, v.DocumentSha256, d.StorageKey
            FROM ApplicationVersions v JOIN Applications a ON a.Id = v.ApplicationId LEFT JOIN ApplicationDocuments d ON d.Id = v.DocumentId
            """;
        var versions = new Dictionary<(int, int), (string, string, string, string, string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            versions[(reader.GetInt32(0), reader.GetInt32(1))] = (reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7));
        }

        return versions;
    }

    private async Task<string> ScalarAsync(string sql) => Convert.ToString(await ScalarAsync<object>(sql), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={PortalProcess.DatabasePath(_folder)};Pooling=False");
        connection.Open();
        return connection;
    }

    [GeneratedRegex(@"/applicant/applications/\d+/versions/(\d+)$")]
    private static partial Regex VersionPath();
}
