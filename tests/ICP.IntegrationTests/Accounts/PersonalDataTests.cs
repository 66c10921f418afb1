using System.IO.Compression;
using System.Net;
using System.Text.Json;
using ICP.Domain.Applications;
using ICP.Domain.Audit;
using ICP.Testing;
using ICP.Web.Features.PersonalData;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Accounts;

/// <summary>
/// Issue 9, "Personal data": an officer downloads everything the portal holds about them, deletes
/// their account (what the programme keeps is pseudonymised, receipts still verify), and staff
/// anonymise non-selected applications after the call's retention period, keeping the statistics.
/// Every such action is in the audit log.
/// </summary>
public sealed class PersonalDataTests
{
    [Fact]
    public async Task Export_IsOneArchiveOfEverythingAboutTheOfficer_AndIsAudited()
    {
        await using var portal = new PortalFactory();
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "export@city.example", "Exportville", "PT");
        await journey.SubmitAsync(id);
        await portal.Mailbox.WaitForAsync(journey.Email, "Receipt");
        var receipt = await portal.WithDbAsync(db => db.ApplicationVersions.Where(v => v.ApplicationId == id).Select(v => v.ReceiptCode).SingleAsync());
        var page = await HtmlPage.GetAsync(journey.Client, "/account/personal-data");

        var response = await journey.Client.GetAsync(new Uri(page.Element("#export-link").GetAttribute("href")!, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["README.txt", "account.json", "applications.json", "audit.json", "emails.json", "teams.json"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var account = Read(zip, "account.json");
        Assert.Equal("export@city.example", account.GetProperty("email").GetString());
        Assert.Equal("Officer Exportville", account.GetProperty("displayName").GetString());
        Assert.Equal("Exportville", Read(zip, "teams.json").GetProperty("memberships")[0].GetProperty("authority").GetString());
        var application = Read(zip, "applications.json")[0];
        Assert.Equal(receipt, application.GetProperty("versions")[0].GetProperty("receiptCode").GetString());
        Assert.Contains("Waste from informal settlements", application.GetProperty("versions")[0].GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains(Read(zip, "emails.json").EnumerateArray(), m => m.GetProperty("subject").GetString()!.StartsWith("Receipt", StringComparison.Ordinal));
        Assert.Contains(Read(zip, "audit.json").EnumerateArray(), e => e.GetProperty("action").GetString() == AuditActions.ApplicationSubmitted);
        Assert.True(await portal.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.PersonalDataExported && e.Subject == "export@city.example")));
    }

    [Fact]
    public async Task DeleteAccount_ErasesThePerson_PseudonymisesWhatTheProgrammeKeeps_AndReceiptsStillVerify()
    {
        await using var portal = new PortalFactory();
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "leaving@city.example", "Leavingham", "PT");
        await journey.SubmitAsync(id);
        await portal.Mailbox.WaitForAsync(journey.Email, "Receipt");
        var version = await portal.WithDbAsync(db => db.ApplicationVersions.AsNoTracking().SingleAsync(v => v.ApplicationId == id));
        var reference = await portal.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Reference).SingleAsync());
        var page = await HtmlPage.GetAsync(journey.Client, "/account/personal-data");
        // The home page is already in the anonymous cache: the leaving visitor must still see the notice.
        await HtmlPage.GetAsync(portal.CreateClient(), "/");

        var wrongPassword = await journey.Client.SubmitAsync(page, "#delete-form", [Field("Password", "not-the-password-at-all"), Field("ConfirmDeletion", "true")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongPassword.StatusCode);
        Assert.Contains("The password is not right.", wrongPassword.MainText, StringComparison.Ordinal);
        var unconfirmed = await journey.Client.SubmitAsync(page, "#delete-form", [Field("Password", ApplicantJourney.StrongPassword)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmed.StatusCode);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Users.CountAsync()));

        var deleted = await journey.Client.SubmitAsync(page, "#delete-form", [Field("Password", ApplicantJourney.StrongPassword), Field("ConfirmDeletion", "true")]);

        Assert.Equal("/", deleted.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Your account was deleted.", deleted.Document.QuerySelector("#notice")?.TextContent, StringComparison.Ordinal);
        var again = await HtmlPage.GetAsync(journey.Client, "/");
        Assert.Null(again.Document.QuerySelector("#notice"));
        Assert.Equal(0, await portal.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await portal.WithDbAsync(db => db.AuthorityMembers.CountAsync()));
        Assert.Equal(0, await portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "leaving@city.example")));
        var signIn = await journey.SignInAsync();
        Assert.NotEqual("/applicant", signIn.Response.RequestMessage!.RequestUri!.AbsolutePath);

        // Nothing kept names the person; what is kept carries one pseudonym.
        var pseudonym = PersonalDataWorkflow.PseudonymFor(version.SubmittedBy);
        var names = await portal.WithDbAsync(async db => new[]
        {
            await db.ApplicationVersions.Where(v => v.ApplicationId == id).Select(v => v.SubmittedByName).SingleAsync(),
            await db.ApplicationDocuments.Where(d => d.ApplicationId == id).Select(d => d.UploadedByName).FirstAsync(),
            await db.ApplicationSections.Where(s => s.ApplicationId == id).Select(s => s.UpdatedByName!).FirstAsync(),
            await db.ApplicationStatusChanges.Where(c => c.ApplicationId == id).Select(c => c.ActorName).FirstAsync(),
        });
        Assert.All(names, n => Assert.Equal(pseudonym, n));
        var audit = await portal.WithDbAsync(db => db.AuditEntries.AsNoTracking().ToListAsync());
        Assert.DoesNotContain(audit, e => e.ActorName.Contains("Leavingham", StringComparison.Ordinal) || e.Subject == "leaving@city.example");
        Assert.Contains(audit, e => e.Action == AuditActions.AccountDeleted && e.Subject == pseudonym);

        // The receipt still verifies, unchanged.
        var check = await HtmlPage.GetAsync(portal.CreateClient(), $"/receipts/verify?reference={reference}&code={version.ReceiptCode}");
        Assert.Equal("valid", check.Element("#receipt-check").GetAttribute("data-result"));
        var kept = await portal.WithDbAsync(db => db.ApplicationVersions.AsNoTracking().SingleAsync(v => v.ApplicationId == id));
        Assert.Equal((version.ContentJson, version.ContentSha256, version.SubmittedAt), (kept.ContentJson, kept.ContentSha256, kept.SubmittedAt));
    }

    [Fact]
    public async Task DeleteAccount_OfTheSubmitterOfATeamWithColleagues_IsRefused_AColleagueLeaves()
    {
        await using var portal = new PortalFactory();
        var (lead, id) = await ApplicantJourney.DraftAsync(portal, "lead@team.example", "Teamtown", "IT");
        await lead.Client.SubmitAsync(await HtmlPage.GetAsync(lead.Client, "/applicant/team"), "#invite-form", [Field("Form.Email", "colleague@team.example")]);
        var invitation = await portal.Mailbox.WaitForAsync("colleague@team.example", string.Empty);
        var colleague = await ApplicantJourney.RegisterAsync(portal, "colleague@team.example", "Colleague Person");
        await colleague.Client.SubmitAsync(await HtmlPage.GetAsync(colleague.Client, Mailbox.LinkIn(invitation, "/applicant/invitations/accept").PathAndQuery), "main form");
        await colleague.SaveStepAsync(id, "local-authority", Field("Region", "Tuscany"));

        var refused = await lead.Client.SubmitAsync(await HtmlPage.GetAsync(lead.Client, "/account/personal-data"), "#delete-form",
            [Field("Password", ApplicantJourney.StrongPassword), Field("ConfirmDeletion", "true")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("hand the role over to a colleague first", refused.MainText, StringComparison.Ordinal);

        var left = await colleague.Client.SubmitAsync(await HtmlPage.GetAsync(colleague.Client, "/account/personal-data"), "#delete-form",
            [Field("Password", ApplicantJourney.StrongPassword), Field("ConfirmDeletion", "true")]);

        Assert.Equal("/", left.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(["lead@team.example"], await portal.WithDbAsync(db => db.Users.Select(u => u.Email!).ToListAsync()));
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuthorityMembers.CountAsync()));
        var editor = await portal.WithDbAsync(db => db.ApplicationSections.Where(s => s.ApplicationId == id && s.Step == ApplicationStep.LocalAuthority).Select(s => s.UpdatedByName).SingleAsync());
        Assert.StartsWith("Deleted account ", editor, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.AuthorityInvitations.CountAsync(i => i.Email == "colleague@team.example")));
    }

    [Fact]
    public async Task DeleteAccount_OfStaff_IsRefusedAndChangesNothing()
    {
        await using var portal = new PortalFactory();
        await StaffJourney.SeedStaffAsync(portal, evaluators: 1);
        var evaluator = await StaffJourney.SignInAsync(portal, StaffJourney.EvaluatorEmail(1));
        var users = await portal.WithDbAsync(db => db.Users.CountAsync());

        var refused = await evaluator.SubmitAsync("/account/personal-data", "#delete-form", Field("Password", ICP.Web.Features.Demo.DemoData.Password), Field("ConfirmDeletion", "true"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Staff accounts are closed by a programme manager", refused.MainText, StringComparison.Ordinal);
        Assert.Equal(users, await portal.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Anonymise_AfterTheRetentionPeriod_ErasesNonSelectedApplications_KeepsStatisticsAndReceipts()
    {
        await using var portal = new PortalFactory();
        var (withdrawing, withdrawnId) = await ApplicantJourney.ReadyToSubmitAsync(portal, "withdrawn@city.example", "Withdrawnville", "PT");
        await withdrawing.SubmitAsync(withdrawnId);
        var withdraw = await HtmlPage.GetAsync(withdrawing.Client, $"/applicant/applications/{withdrawnId}/withdraw");
        await withdrawing.Client.SubmitAsync(withdraw, "main form", [Field("Form.Reason", "The mayor Jean Dupont changed his mind")]);
        var (_, draftId) = await ApplicantJourney.DraftAsync(portal, "draft@city.example", "Draftville", "IT");
        var (submitting, submittedId) = await ApplicantJourney.ReadyToSubmitAsync(portal, "submitted@city.example", "Submittedville", "IT");
        await submitting.SubmitAsync(submittedId);
        var before = await SnapshotAsync(portal);
        var withdrawnVersion = await portal.WithDbAsync(db => db.ApplicationVersions.AsNoTracking().SingleAsync(v => v.ApplicationId == withdrawnId));
        var letterKeys = await portal.WithDbAsync(db => db.ApplicationDocuments.Where(d => d.ApplicationId == withdrawnId).Select(d => d.StorageKey).ToListAsync());
        await StaffJourney.SeedStaffAsync(portal, evaluators: 0);

        // A period outside 6–120 months is refused; 12 months is set and audited.
        portal.Clock.SetUtcNow(new DateTimeOffset(2022, 11, 14, 9, 0, 0, TimeSpan.Zero));
        var manager = await StaffJourney.SignInAsync(portal, StaffJourney.ManagerEmail);
        var tooShort = await manager.SubmitAsync("/admin/retention", "#period-form", Field("months", "3"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.StatusCode);
        Assert.Contains("Enter a number of months from 6 to 120.", tooShort.MainText, StringComparison.Ordinal);
        var set = await manager.SubmitAsync("/admin/retention", "#period-form", Field("months", "12"));
        Assert.Equal("12 months after the outcome.", set.Texts("#retention-months").Single());

        // A day before the period ends, nothing is due; a day after, the withdrawn one and the draft are.
        Assert.Null((await manager.GetAsync("/admin/retention")).Document.QuerySelector("#anonymise-form"));
        portal.Clock.SetUtcNow(new DateTimeOffset(2022, 11, 16, 9, 0, 0, TimeSpan.Zero));
        await manager.SignInAgainAsync();
        var due = await manager.GetAsync("/admin/retention");
        Assert.Equal(2, due.All("#due tbody tr").Count);
        var unconfirmed = await manager.SubmitAsync("/admin/retention", "#anonymise-form");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmed.StatusCode);

        var done = await manager.SubmitAsync("/admin/retention", "#anonymise-form", Field("confirm", "true"));

        Assert.Contains("2 applications were anonymised.", done.MainText, StringComparison.Ordinal);
        var anonymised = await portal.WithDbAsync(db => db.Applications.AsNoTracking().Where(a => a.AnonymisedAt != null).Select(a => a.Id).OrderBy(i => i).ToListAsync());
        Assert.Equal(new[] { withdrawnId, draftId }.Order(), anonymised);
        var erased = await portal.WithDbAsync(db => db.ApplicationVersions.AsNoTracking().SingleAsync(v => v.ApplicationId == withdrawnId));
        Assert.Equal(ErasedData.ContentJson, erased.ContentJson);
        Assert.Equal((withdrawnVersion.ReceiptCode, withdrawnVersion.ContentSha256, withdrawnVersion.DocumentSha256, withdrawnVersion.PrimaryThemeId),
            (erased.ReceiptCode, erased.ContentSha256, erased.DocumentSha256, erased.PrimaryThemeId));
        Assert.All(await portal.WithDbAsync(db => db.ApplicationSections.Where(s => s.ApplicationId == withdrawnId || s.ApplicationId == draftId).Select(s => s.DataJson).ToListAsync()),
            json => Assert.Equal("{}", json));
        Assert.DoesNotContain(await portal.WithDbAsync(db => db.ApplicationStatusChanges.Where(c => c.ApplicationId == withdrawnId).Select(c => c.Reason).ToListAsync()),
            r => r.Contains("Dupont", StringComparison.Ordinal));
        Assert.All(letterKeys, key => Assert.False(File.Exists(Path.Combine(portal.FilesFolder, key + ".bin"))));
        var withdrawnReference = await portal.WithDbAsync(db => db.Applications.Where(a => a.Id == withdrawnId).Select(a => a.Reference).SingleAsync());
        Assert.Equal(0, await portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.RelatedReference == withdrawnReference)));

        // The statistics are the same; the submitted application is untouched; each anonymisation is audited.
        Assert.Equal(before, await SnapshotAsync(portal));
        Assert.Contains("Waste from informal settlements", await portal.WithDbAsync(db => db.ApplicationVersions.Where(v => v.ApplicationId == submittedId).Select(v => v.ContentJson).SingleAsync()), StringComparison.Ordinal);
        Assert.Equal(2, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.ApplicationAnonymised)));
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.RetentionChanged)));
        var reference = await portal.WithDbAsync(db => db.Applications.Where(a => a.Id == withdrawnId).Select(a => a.Reference).SingleAsync());
        var check = await HtmlPage.GetAsync(portal.CreateClient(), $"/receipts/verify?reference={reference}&code={erased.ReceiptCode}");
        Assert.Equal("valid", check.Element("#receipt-check").GetAttribute("data-result"));
    }

    /// <summary>What the programme's statistics are made of: per application its country, quota group, status, versions, themes.</summary>
    private static Task<string> SnapshotAsync(PortalFactory portal) => portal.WithDbAsync(async db =>
        string.Join('\n', await db.Applications.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => $"{a.Reference} {a.TerritoryCode} {a.QuotaGroupCode} {a.Status} {a.Versions.Count} {string.Join(',', a.Versions.Select(v => v.PrimaryThemeId + "/" + v.SecondaryThemeId))}")
            .ToListAsync()));

    private static JsonElement Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return JsonDocument.Parse(stream).RootElement.Clone();
    }
}
