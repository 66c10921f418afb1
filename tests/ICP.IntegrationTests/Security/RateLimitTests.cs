using System.Globalization;
using System.Net;
using System.Text.Json;
using ICP.Domain.Audit;
using ICP.Infrastructure.Identity;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Security;

/// <summary>
/// Finding 7: submit, saves, uploads, exports and e-mail-sending forms are limited per user and per
/// network, with Retry-After; a refused request writes nothing and keeps what was typed. Over a real
/// socket, each client behind the loopback proxy with its own X-Forwarded-For network. Each test
/// lowers only its own policy, so it fails if that limit is taken away.
/// </summary>
public sealed class RateLimitTests : IAsyncDisposable
{
    private const string NetworkA = "203.0.113.10";
    private const string NetworkB = "198.51.100.20";

    private PortalFactory? _portal;

    public async ValueTask DisposeAsync()
    {
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }
    }

    [Fact]
    public async Task Submit_OverTheUserOrNetworkLimit_Is429WithRetryAfter_KeepsTheReviewPage_AndMakesNoVersionOrEmail()
    {
        var portal = Portal("submit", perUser: 2, perNetwork: 3);
        var (officer, id) = await ApplicantJourney.ReadyToSubmitAsync(From(NetworkA), portal.Mailbox, "lead@prato.example", "Comune di Prato", "IT");
        var (neighbour, neighbourId) = await ApplicantJourney.ReadyToSubmitAsync(From(NetworkA), portal.Mailbox, "lead@braga.example", "Câmara Municipal de Braga", "PT");
        var (elsewhere, elsewhereId) = await ApplicantJourney.ReadyToSubmitAsync(From(NetworkB), portal.Mailbox, "lead@gdansk.example", "Miasto Gdańsk", "PL");

        // Two save+submit pairs are two versions...
        for (var pair = 1; pair <= 2; pair++)
        {
            await ReviseAsync(officer, id, pair);
            Assert.Contains("/versions/", (await officer.SubmitAsync(id)).Response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        }

        var versions = await VersionsAsync(portal, id);
        var mails = await MailsToAsync(portal, officer.Email);

        // ...the third is refused: the review page again, declarations still ticked, when to retry, nothing made.
        await ReviseAsync(officer, id, 3);
        var refused = await officer.SubmitAsync(id);
        AssertRefused(refused);
        Assert.NotNull(refused.Document.QuerySelector("#rate-limited"));
        Assert.True(refused.Element("#submit-form input[name='ConfirmAccurate'][type='checkbox']").HasAttribute("checked"));
        Assert.Equal(versions, await VersionsAsync(portal, id));
        Assert.Equal(mails, await MailsToAsync(portal, officer.Email));

        // Another officer behind the same address has the network's last permit, then the network is full.
        Assert.Contains("/versions/", (await neighbour.SubmitAsync(neighbourId)).Response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        await ReviseAsync(neighbour, neighbourId, 1);
        AssertRefused(await neighbour.SubmitAsync(neighbourId));
        Assert.Equal(1, await VersionsAsync(portal, neighbourId));

        // Another network is not affected.
        Assert.Contains("/versions/", (await elsewhere.SubmitAsync(elsewhereId)).Response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepSaves_OverTheLimit_Are429_TheFormKeepsTheTypedText_TheAutosaveGetsJson_AndNothingIsSaved()
    {
        var portal = Portal("save", perUser: 3, perNetwork: 5);
        var (officer, id) = await ApplicantJourney.DraftAsync(From(NetworkA), portal.Mailbox, "lead@prato.example", "Comune di Prato", "IT");
        var (neighbour, neighbourId) = await ApplicantJourney.DraftAsync(From(NetworkA), portal.Mailbox, "lead@braga.example", "Câmara Municipal de Braga", "PT");
        var (elsewhere, elsewhereId) = await ApplicantJourney.DraftAsync(From(NetworkB), portal.Mailbox, "lead@gdansk.example", "Miasto Gdańsk", "PL");

        for (var save = 1; save <= 3; save++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SaveChallengeAsync(officer, id, $"Challenge, draft {save}")).StatusCode);
        }

        var refused = await SaveChallengeAsync(officer, id, "Challenge, draft 4");
        AssertRefused(refused);
        Assert.NotNull(refused.Document.QuerySelector("#rate-limited"));
        Assert.Equal("Challenge, draft 4", refused.Element("#step-form textarea[name='MainChallenge']").TextContent.Trim());
        Assert.Equal("Challenge, draft 3", await SavedChallengeAsync(officer, id));

        var autosave = await AutosaveChallengeAsync(officer, id, "Challenge, typed on");
        Assert.Equal(HttpStatusCode.TooManyRequests, autosave.StatusCode);
        Assert.True(autosave.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        using (var json = JsonDocument.Parse(await autosave.Content.ReadAsStringAsync()))
        {
            Assert.False(json.RootElement.GetProperty("saved").GetBoolean());
            Assert.True(json.RootElement.GetProperty("limited").GetBoolean());
            Assert.InRange(json.RootElement.GetProperty("retryAfter").GetInt32(), 1, 60);
        }

        Assert.Equal("Challenge, draft 3", await SavedChallengeAsync(officer, id));

        // The officer's refusals did not use the network's permits: a colleague behind the same address
        // saves and autosaves (the network's 4th and 5th), then the network is full for them too.
        Assert.Equal(HttpStatusCode.OK, (await SaveChallengeAsync(neighbour, neighbourId, "Braga, draft 1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AutosaveChallengeAsync(neighbour, neighbourId, "Braga, draft 2")).StatusCode);
        AssertRefused(await SaveChallengeAsync(neighbour, neighbourId, "Braga, draft 3"));
        Assert.Equal("Braga, draft 2", await SavedChallengeAsync(neighbour, neighbourId));

        Assert.Equal(HttpStatusCode.OK, (await SaveChallengeAsync(elsewhere, elsewhereId, "Gdańsk, draft 1")).StatusCode);
    }

    [Fact]
    public async Task Upload_OverTheUserLimit_Is429WithRetryAfter_AndStoresNothing_WhileAnotherOfficerUploads()
    {
        var portal = Portal("upload", perUser: 1, perNetwork: 3);
        var (officer, id) = await ApplicantJourney.DraftAsync(From(NetworkA), portal.Mailbox, "lead@prato.example", "Comune di Prato", "IT");
        var (neighbour, neighbourId) = await ApplicantJourney.DraftAsync(From(NetworkA), portal.Mailbox, "lead@braga.example", "Câmara Municipal de Braga", "PT");

        Assert.NotNull((await officer.UploadAsync(id, TestDocuments.Pdf())).Document.QuerySelector("#current-document"));
        var refused = await officer.UploadAsync(id, TestDocuments.Pdf("A second letter"));
        AssertRefused(refused);
        Assert.Contains("too many uploads in a short time", refused.MainText, StringComparison.Ordinal);
        Assert.Equal(1, await portal.WithDbAsync(db => db.ApplicationDocuments.CountAsync(d => d.ApplicationId == id)));

        Assert.NotNull((await neighbour.UploadAsync(neighbourId, TestDocuments.Pdf())).Document.QuerySelector("#current-document"));
    }

    [Fact]
    public async Task Exports_OverTheUserLimit_Are429WithRetryAfter_AndTheRefusedPersonalDataExportIsNotAudited()
    {
        var portal = Portal("export", perUser: 2, perNetwork: 0);
        await StaffJourney.SeedStaffAsync(portal, evaluators: 0);
        var manager = await StaffJourney.SignInAsync(portal, StaffJourney.ManagerEmail, From(NetworkA));
        var officer = await ApplicantJourney.RegisterAsync(From(NetworkA), portal.Mailbox, "lead@prato.example", "Officer Prato");

        // CSV and XLSX of the applications and the audit log share one budget.
        Assert.Equal(HttpStatusCode.OK, (await manager.Client.GetAsync(new Uri("/admin/applications/export.csv", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.Client.GetAsync(new Uri("/admin/applications/export.xlsx", UriKind.Relative))).StatusCode);
        AssertRefused(await HtmlPage.FromResponseAsync(await manager.Client.GetAsync(new Uri("/admin/audit/export.csv", UriKind.Relative))));

        // The officer's own budget is untouched by the manager's; their third archive is refused and not recorded.
        for (var export = 0; export < 2; export++)
        {
            var archive = await officer.Client.GetAsync(new Uri("/account/personal-data/export.zip", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, archive.StatusCode);
            Assert.Equal("application/zip", archive.Content.Headers.ContentType?.MediaType);
        }

        var refused = await HtmlPage.FromResponseAsync(await officer.Client.GetAsync(new Uri("/account/personal-data/export.zip", UriKind.Relative)));
        AssertRefused(refused);
        Assert.Equal(2, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.PersonalDataExported)));
    }

    [Fact]
    public async Task Invitations_OverTheUserLimit_Are429_TheFormKeepsTheAddress_AndNoEmailIsWritten()
    {
        var portal = Portal("email", perUser: 1, perNetwork: 2);
        await StaffJourney.SeedStaffAsync(portal, evaluators: 0);
        var (lead, _) = await ApplicantJourney.DraftAsync(From(NetworkA), portal.Mailbox, "lead@prato.example", "Comune di Prato", "IT");

        await lead.Client.SubmitAsync(await HtmlPage.GetAsync(lead.Client, "/applicant/team"), "#invite-form", [Field("Form.Email", "first@prato.example")]);
        Assert.Equal(1, await MailsToAsync(portal, "first@prato.example"));
        var refused = await lead.Client.SubmitAsync(await HtmlPage.GetAsync(lead.Client, "/applicant/team"), "#invite-form", [Field("Form.Email", "second@prato.example")]);
        AssertRefused(refused);
        Assert.Equal("second@prato.example", refused.Element("#invite-form input[name='Form.Email']").GetAttribute("value"));
        Assert.Contains("No invitation was sent: too many e-mails", refused.MainText, StringComparison.Ordinal);
        Assert.Equal(0, await MailsToAsync(portal, "second@prato.example"));

        // A programme manager behind the same address has the network's second permit; then the network is full.
        var manager = await StaffJourney.SignInAsync(portal, StaffJourney.ManagerEmail, From(NetworkA));
        await manager.SubmitAsync("/admin/staff", "main form", Field("Form.DisplayName", "Ana Costa"), Field("Form.Email", "ana.costa@ec.example"), Field("Form.Role", StaffRoles.Evaluator));
        Assert.Equal(1, await MailsToAsync(portal, "ana.costa@ec.example"));
        var staffRefused = await manager.SubmitAsync("/admin/staff", "main form", Field("Form.DisplayName", "Jan Novak"), Field("Form.Email", "jan.novak@ec.example"), Field("Form.Role", StaffRoles.Evaluator));
        AssertRefused(staffRefused);
        Assert.Equal("jan.novak@ec.example", staffRefused.Element("main form input[name='Form.Email']").GetAttribute("value"));
        Assert.Equal(0, await MailsToAsync(portal, "jan.novak@ec.example"));

        // Staff putting a message back in the queue count in the same budget.
        var messageId = await portal.WithDbAsync(db => db.OutboxMessages.Where(m => m.To == "first@prato.example").Select(m => m.Id).SingleAsync());
        var messages = await manager.GetAsync("/admin/messages");
        var token = messages.Element("form input[name='__RequestVerificationToken']").GetAttribute("value")!;
        var retry = await manager.Client.PostAsync(new Uri($"/admin/messages/{messageId}/retry", UriKind.Relative), new FormUrlEncodedContent([Field("__RequestVerificationToken", token)]));
        AssertRefused(await HtmlPage.FromResponseAsync(retry));
    }

    private PortalFactory Portal(string policy, int perUser, int perNetwork)
    {
        _portal = new PortalFactory().WithKestrel()
            .WithSetting($"RateLimits:{policy}:PerUser", perUser.ToString(CultureInfo.InvariantCulture))
            .WithSetting($"RateLimits:{policy}:PerNetwork", perNetwork.ToString(CultureInfo.InvariantCulture));
        return _portal;
    }

    /// <summary>A browser on <paramref name="network"/> (as the loopback proxy reports it).</summary>
    private HttpClient From(string network)
    {
        var client = _portal!.CreateVisitorClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", network);
        return client;
    }

    private static void AssertRefused(HtmlPage page)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        var retryAfter = int.Parse(page.Response.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
    }

    private static Task<HtmlPage> ReviseAsync(ApplicantJourney officer, int id, int revision) =>
        officer.SaveStepAsync(id, "themes", Field("PrimaryTheme", revision % 2 == 0 ? "circular-economy" : "energy-transition"),
            Field("SecondaryTheme", revision % 2 == 0 ? "energy-transition" : "circular-economy"));

    private static Task<HtmlPage> SaveChallengeAsync(ApplicantJourney officer, int id, string text) =>
        officer.SaveStepAsync(id, "case", Field("MainChallenge", text));

    private static async Task<HttpResponseMessage> AutosaveChallengeAsync(ApplicantJourney officer, int id, string text)
    {
        var page = await HtmlPage.GetAsync(officer.Client, $"/applicant/applications/{id}/steps/case");
        var fields = CurrentValues(page.Form("#step-form"));
        fields.RemoveAll(f => f.Key == "MainChallenge");
        fields.Add(Field("MainChallenge", text));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/applicant/applications/{id}/steps/case/autosave", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Accept.ParseAdd("application/json");
        return await officer.Client.SendAsync(request);
    }

    private static async Task<string> SavedChallengeAsync(ApplicantJourney officer, int id) =>
        (await HtmlPage.GetAsync(officer.Client, $"/applicant/applications/{id}/steps/case")).Element("#step-form textarea[name='MainChallenge']").TextContent.Trim();

    private static Task<int> VersionsAsync(PortalFactory portal, int id) =>
        portal.WithDbAsync(db => db.ApplicationVersions.CountAsync(v => v.ApplicationId == id));

    private static Task<int> MailsToAsync(PortalFactory portal, string address) =>
        portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == address));
}
