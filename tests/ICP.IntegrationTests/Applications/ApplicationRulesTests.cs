using System.Net;
using System.Text.Json;
using ICP.Domain.Applications;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Applications;

/// <summary>Access, over-posting, conflicts, duplicate submits, uploads, resubmission and withdrawal.</summary>
public sealed class ApplicationRulesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task StrangersApplication_AnswersNotFound_OnEveryRoute_AndChangesNothing()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var (owner, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "owner@gdansk.example", "Miasto Gdańsk", "PL");
        await owner.SubmitAsync(id);
        var stranger = await ApplicantJourney.RegisterAsync(portal, "stranger@other.example", "Stranger");
        await stranger.CreateAuthorityAsync("Stranger Town", "PL");
        var strangerApplication = await stranger.StartApplicationAsync();
        var token = (await HtmlPage.GetAsync(stranger.Client, $"/applicant/applications/{strangerApplication}/steps/case"))
            .Element("input[name='__RequestVerificationToken']").GetAttribute("value")!;
        var documentId = await portal.WithDbAsync(db => db.ApplicationDocuments.Where(d => d.ApplicationId == id).Select(d => d.Id).SingleAsync());
        var before = await portal.WithDbAsync(db => db.ApplicationSections.Where(s => s.ApplicationId == id).Select(s => s.DataJson).ToListAsync());

        string[] gets =
        [
            $"/applicant/applications/{id}", $"/applicant/applications/{id}/steps/case", $"/applicant/applications/{id}/document",
            $"/applicant/applications/{id}/documents/{documentId}", $"/applicant/applications/{id}/review", $"/applicant/applications/{id}/versions/1",
            $"/applicant/applications/{id}/versions/1/content.json", $"/applicant/applications/{id}/withdraw",
        ];
        foreach (var url in gets)
        {
            var response = await stranger.Client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url} answered {response.StatusCode}");
        }

        string[] posts =
        [
            $"/applicant/applications/{id}/steps/case", $"/applicant/applications/{id}/steps/case/autosave",
            $"/applicant/applications/{id}/submit", $"/applicant/applications/{id}/withdraw",
        ];
        foreach (var url in posts)
        {
            var response = await stranger.Client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent([
                new("__RequestVerificationToken", token), new("MainChallenge", "Hijacked"), new("IdempotencyKey", Guid.NewGuid().ToString()),
                new("ConfirmAccurate", "true"), new("ConfirmAuthorised", "true"), new("ConfirmPublication", "true"), new("Form.Reason", "Hijacked")]));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {url} answered {response.StatusCode}");
        }

        Assert.Equal(before, await portal.WithDbAsync(db => db.ApplicationSections.Where(s => s.ApplicationId == id).Select(s => s.DataJson).ToListAsync()));
        Assert.Equal(1, await portal.WithDbAsync(db => db.ApplicationVersions.CountAsync(v => v.ApplicationId == id)));
        Assert.Equal(ApplicationStatus.Submitted, await portal.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task OverPostedFields_AreIgnored()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var journey = await ApplicantJourney.RegisterAsync(portal, "overpost@tartu.example", "Over Poster");
        await journey.CreateAuthorityAsync("Tartu linn", "EE");
        var id = await journey.StartApplicationAsync();
        var otherAuthority = await portal.WithDbAsync(db => db.LocalAuthorities.Where(a => a.OfficialName != "Tartu linn").Select(a => a.Id).FirstOrDefaultAsync());

        await journey.SaveStepAsync(id, "local-authority",
            Field("Region", "Tartu County"), Field("AuthorityId", otherAuthority.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Field("CountryCode", "CA"), Field("Status", "Submitted"), Field("Reference", "ICP-2021-CA-9999"),
            Field("LocalAuthorityId", "1"), Field("IsComplete", "true"), Field("PrimaryTheme", "air-quality"));

        var application = await portal.WithDbAsync(db => db.Applications.Include(a => a.Sections).SingleAsync(a => a.Id == id));
        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.Equal("ICP-2021-EE-0001", application.Reference);
        Assert.Equal("EE", application.TerritoryCode);
        var section = Assert.Single(application.Sections);
        Assert.False(section.IsComplete);
        using var json = JsonDocument.Parse(section.DataJson);
        Assert.Equal(["officialName", "region", "population", "website", "address"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Tartu County", json.RootElement.GetProperty("region").GetString());
    }

    [Fact]
    public async Task TwoOfficersSavingTheSameStep_TheSecondIsToldAndNothingIsOverwritten()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var (lead, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "lead@porto.example", "Área Metropolitana do Porto", "PT");
        var team = await HtmlPage.GetAsync(lead.Client, "/applicant/team");
        await lead.Client.SubmitAsync(team, "#invite-form", [Field("Form.Email", "second@porto.example")]);
        var invitation = await portal.Mailbox.WaitForAsync("second@porto.example", "You are invited to a local authority's application team");
        var second = await ApplicantJourney.RegisterAsync(portal, "second@porto.example", "Second Officer");
        await second.Client.SubmitAsync(await HtmlPage.GetAsync(second.Client, Mailbox.LinkIn(invitation, "/applicant/invitations/accept").PathAndQuery), "main form");

        // Both open the same step; the lead saves first.
        var leadsPage = await HtmlPage.GetAsync(lead.Client, $"/applicant/applications/{id}/steps/contacts");
        var secondsPage = await HtmlPage.GetAsync(second.Client, $"/applicant/applications/{id}/steps/contacts");
        await lead.Client.SubmitAsync(leadsPage, "#step-form", [Field("CoordinatorName", "Lead Choice")], "#save");
        var conflict = await second.Client.SubmitAsync(secondsPage, "#step-form", [Field("CoordinatorName", "Second Choice")], "#save");
        var autosaveConflict = await second.Client.PostAsync(new Uri($"/applicant/applications/{id}/steps/contacts/autosave", UriKind.Relative),
            new FormUrlEncodedContent(FormSubmission.CurrentValues(secondsPage.Form("#step-form"))));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("Officer Área Metropolitana do Porto saved it at", conflict.Texts("#edit-conflict").Single(), StringComparison.Ordinal);
        Assert.Equal("Second Choice", conflict.Element("#CoordinatorName").GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Conflict, autosaveConflict.StatusCode);
        Assert.Contains("\"conflict\":true", await autosaveConflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Lead Choice", await ContactsJsonAsync(id), StringComparison.Ordinal);

        // Told, the second officer may now knowingly save over it.
        var overwritten = await second.Client.SubmitAsync(conflict, "#step-form", null, "#save");
        Assert.Equal(HttpStatusCode.OK, overwritten.StatusCode);
        Assert.Contains("Second Choice", await ContactsJsonAsync(id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParallelRepeatsOfOneSubmit_MakeExactlyOneVersion()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "double@parma.example", "Comune di Parma", "IT");
        var review = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/review");
        var values = FormSubmission.CurrentValues(review.Form("#submit-form"))
            .Where(v => !v.Key.StartsWith("Confirm", StringComparison.Ordinal))
            .Concat([Field("ConfirmAccurate", "true"), Field("ConfirmAuthorised", "true"), Field("ConfirmPublication", "true")])
            .ToList();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            journey.Client.PostAsync(new Uri($"/applicant/applications/{id}/submit", UriKind.Relative), new FormUrlEncodedContent(values))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(responses, r => Assert.EndsWith($"/applicant/applications/{id}/versions/1", r.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal));
        Assert.Equal(1, await portal.WithDbAsync(db => db.ApplicationVersions.CountAsync(v => v.ApplicationId == id)));
        Assert.Equal(2, await portal.WithDbAsync(db => db.ApplicationStatusChanges.CountAsync(c => c.ApplicationId == id)));
    }

    [Fact]
    public async Task Resubmission_MakesANewVersion_AndWithdrawalIsReversedBySubmittingAgain()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "again@utrecht.example", "Gemeente Utrecht", "NL");
        await journey.SubmitAsync(id);
        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        await journey.SaveStepAsync(id, "themes", Field("SecondaryTheme", "air-quality"));
        var overview = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}");
        Assert.NotNull(overview.Document.QuerySelector("#unsubmitted-changes"));

        var second = await journey.SubmitAsync(id);
        var first = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/versions/1");
        Assert.Equal("2", second.Texts("#receipt-version").Single());
        Assert.NotNull(second.Document.QuerySelector("#evaluated-note"));
        Assert.NotNull(first.Document.QuerySelector("#superseded-note"));
        Assert.NotEqual(first.Texts("#receipt-sha256").Single(), second.Texts("#receipt-sha256").Single());

        var withdrawPage = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/withdraw");
        var noReason = await journey.Client.SubmitAsync(withdrawPage, "main form", [Field("Form.Reason", " ")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("Say why the application is withdrawn.", noReason.MainText, StringComparison.Ordinal);
        var withdrawn = await journey.Client.SubmitAsync(withdrawPage, "main form", [Field("Form.Reason", "The council did not approve the budget")]);
        Assert.Equal("Withdrawn", withdrawn.Texts("main .ecl-page-header__meta-item").Single());
        // A refused withdrawal answers 422 like every other refused form, not 200.
        var again = await journey.Client.SubmitAsync(withdrawPage, "main form", [Field("Form.Reason", "Twice")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("Only a submitted application can be withdrawn.", again.MainText, StringComparison.Ordinal);
        await portal.Mailbox.WaitForAsync("again@utrecht.example", "Application ICP-2021-NL-0001 withdrawn");

        var third = await journey.SubmitAsync(id);
        Assert.Equal("3", third.Texts("#receipt-version").Single());
        var history = await portal.WithDbAsync(db => db.ApplicationStatusChanges.Where(c => c.ApplicationId == id).OrderBy(c => c.Id)
            .Select(c => new { c.From, c.To, c.Reason }).ToListAsync());
        Assert.Equal(
            [(null, ApplicationStatus.Draft), (ApplicationStatus.Draft, ApplicationStatus.Submitted), (ApplicationStatus.Submitted, ApplicationStatus.Submitted),
             (ApplicationStatus.Submitted, ApplicationStatus.Withdrawn), (ApplicationStatus.Withdrawn, ApplicationStatus.Submitted)],
            history.Select(h => ((ApplicationStatus?)h.From, h.To)));
        Assert.Equal("The council did not approve the budget", history[3].Reason);

        // The same changes, by whom and why, in the staff's audit log.
        var audit = await portal.WithDbAsync(db => db.AuditEntries.Where(e => e.Subject == "ICP-2021-NL-0001").OrderBy(e => e.Id)
            .Select(e => new { e.Action, e.Reason }).ToListAsync());
        Assert.Equal(["application.submitted", "application.submitted", "application.withdrawn", "application.submitted"], audit.Select(e => e.Action));
        Assert.Equal("The council did not approve the budget", audit[2].Reason);
    }

    [Fact]
    public async Task Submit_Incomplete_IsRefused_AndNamesWhatIsMissing()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var journey = await ApplicantJourney.RegisterAsync(portal, "incomplete@sofia.example", "Incomplete");
        await journey.CreateAuthorityAsync("Stara Zagora", "BG");
        var id = await journey.StartApplicationAsync();
        await journey.SaveStepAsync(id, "themes", Field("PrimaryTheme", "air-quality"));

        var refused = await journey.SubmitAsync(id);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.NotNull(refused.Document.QuerySelector("#incomplete"));
        Assert.Equal("true", refused.Element("#checklist li[data-step='themes']").GetAttribute("data-complete"));
        Assert.Equal("false", refused.Element("#checklist li[data-step='case']").GetAttribute("data-complete"));
        Assert.Equal(0, await portal.WithDbAsync(db => db.ApplicationVersions.CountAsync(v => v.ApplicationId == id)));
    }

    [Fact]
    public async Task Upload_IsCheckedByContent_AndKeptOutsideTheWebRoot()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var journey = await ApplicantJourney.RegisterAsync(portal, "upload@halifax.example", "Uploader");
        await journey.CreateAuthorityAsync("Halifax Regional Municipality", "CA");
        var id = await journey.StartApplicationAsync();

        var notPdf = await journey.UploadAsync(id, TestDocuments.PngNamedAsPdf(), "letter.pdf");
        var tooLarge = await journey.UploadAsync(id, TestDocuments.OversizedPdf(), "big.pdf");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notPdf.StatusCode);
        Assert.Contains("not a PDF", notPdf.Texts("#letter-invalid").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLarge.StatusCode);
        Assert.Equal("The file is larger than 5 MB.", tooLarge.Texts("#letter-invalid").Single());
        Assert.Equal(0, await portal.WithDbAsync(db => db.ApplicationDocuments.CountAsync(d => d.ApplicationId == id)));

        var pdf = TestDocuments.Pdf();
        var uploaded = await journey.UploadAsync(id, pdf, "Lettre d'engagement.pdf");
        var document = await portal.WithDbAsync(db => db.ApplicationDocuments.SingleAsync(d => d.ApplicationId == id));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), document.Sha256);
        Assert.Contains(document.Sha256, uploaded.MainText, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(portal.FilesFolder, document.StorageKey + ".bin")));
        var webRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        Assert.False(Path.GetFullPath(portal.FilesFolder).StartsWith(webRoot, StringComparison.Ordinal));

        var download = await journey.Client.GetAsync(new Uri($"/applicant/applications/{id}/documents/{document.Id}", UriKind.Relative));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    private Task<string> ContactsJsonAsync(int id) =>
        portal.WithDbAsync(db => db.ApplicationSections.Where(s => s.ApplicationId == id && s.Step == ApplicationStep.Contacts).Select(s => s.DataJson).SingleAsync());
}
