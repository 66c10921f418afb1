using System.Net;
using ICP.Domain.Applications;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Applications;

/// <summary>What an applicant's odd or unlucky request must not do: erase answers, freeze an unseen draft, claim a submission it did not make.</summary>
public sealed class ApplicantSafeguardsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ANumberThatCannotBeRead_IsRefusedWithAMessage_AndTheSavedAnswerStays()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var (journey, id) = await ApplicantJourney.DraftAsync(portal, "numbers@graz.example", "Stadt Graz", "AT");
        await journey.SaveStepAsync(id, "capacity", Field("StaffDaysPerMonth", "3"), Field("DelegationSize", "4"));

        var refused = await journey.SaveStepAsync(id, "capacity", Field("StaffDaysPerMonth", "2.5"), Field("DelegationSize", "5"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("2.5", refused.Element("#StaffDaysPerMonth").GetAttribute("value"));
        Assert.NotEmpty(refused.Texts("#StaffDaysPerMonth-invalid").Single());
        var saved = await CapacityJsonAsync(id);
        Assert.Contains("\"staffDaysPerMonth\":3", saved, StringComparison.Ordinal);
        Assert.Contains("\"delegationSize\":4", saved, StringComparison.Ordinal);

        // The quiet autosave follows the same rule, and says which field.
        var step = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/steps/capacity");
        var values = CurrentValues(step.Form("#step-form")).Where(v => v.Key != "StaffDaysPerMonth").Append(Field("StaffDaysPerMonth", "99999999999")).ToList();
        var autosave = await journey.Client.PostAsync(new Uri($"/applicant/applications/{id}/steps/capacity/autosave", UriKind.Relative), new FormUrlEncodedContent(values));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, autosave.StatusCode);
        Assert.Contains("\"field\":\"StaffDaysPerMonth\"", await autosave.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(saved, await CapacityJsonAsync(id));
    }

    [Fact]
    public async Task Submit_AfterAColleagueChangedTheDraft_SendsTheOfficerBackToReviewIt()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "review@gent.example", "Stad Gent", "BE");
        var review = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/review");
        Assert.Contains(review.Texts("#summary span"), t => t.Length > 0);

        // Another window (or a colleague) changes the themes after the review page was opened.
        await journey.SaveStepAsync(id, "themes", Field("SecondaryTheme", "energy-transition"));
        var refused = await journey.Client.SubmitAsync(review, "#submit-form", [Field("ConfirmAccurate", "true"), Field("ConfirmAuthorised", "true"), Field("ConfirmPublication", "true")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("The application was changed after you opened this page", refused.Texts("#form-errors").Single(), StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.ApplicationVersions.CountAsync(v => v.ApplicationId == id)));

        // The page shown now vouches for the current draft: submitting from it works.
        var submitted = await journey.Client.SubmitAsync(refused, "#submit-form", [Field("ConfirmAccurate", "true"), Field("ConfirmAuthorised", "true"), Field("ConfirmPublication", "true")]);
        Assert.Equal($"/applicant/applications/{id}/versions/1", submitted.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("energy-transition", await portal.WithDbAsync(db => db.ApplicationVersions.Where(v => v.ApplicationId == id).Select(v => v.ContentJson).SingleAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASubmitReplayedAfterWithdrawal_DoesNotClaimASubmission()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "replay@leuven.example", "Stad Leuven", "BE");
        var review = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/review");
        var values = CurrentValues(review.Form("#submit-form")).Where(v => !v.Key.StartsWith("Confirm", StringComparison.Ordinal))
            .Concat([Field("ConfirmAccurate", "true"), Field("ConfirmAuthorised", "true"), Field("ConfirmPublication", "true")]).ToList();
        var submitUrl = new Uri($"/applicant/applications/{id}/submit", UriKind.Relative);
        await journey.Client.PostAsync(submitUrl, new FormUrlEncodedContent(values));
        var withdraw = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/withdraw");
        await journey.Client.SubmitAsync(withdraw, "main form", [Field("Form.Reason", "The council has not yet approved the letter.")]);

        var replay = await HtmlPage.FromResponseAsync(await journey.Client.PostAsync(submitUrl, new FormUrlEncodedContent(values)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, replay.StatusCode);
        Assert.Contains("This page already submitted version 1", replay.Texts("#form-errors").Single(), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Withdrawn, await portal.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
        Assert.Equal(1, await portal.WithDbAsync(db => db.ApplicationVersions.CountAsync(v => v.ApplicationId == id)));

        // The receipt of the withdrawn version says so, instead of "a newer version was submitted".
        var receipt = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/versions/1");
        Assert.NotNull(receipt.Document.QuerySelector("#withdrawn-note"));
        Assert.Null(receipt.Document.QuerySelector("#superseded-note"));
    }

    [Fact]
    public async Task AScanLargerThan5MB_GetsTheSizeMessage_NotAnErrorPage()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var (journey, id) = await ApplicantJourney.DraftAsync(portal, "scan@tampere.example", "Tampereen kaupunki", "FI");

        var refused = await journey.UploadAsync(id, TestDocuments.PdfOfSize(10 * 1024 * 1024));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("The file is larger than 5 MB.", refused.MainText, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.ApplicationDocuments.CountAsync(d => d.ApplicationId == id)));
    }

    [Fact]
    public async Task TheConflictPage_DoesNotAutosaveOverTheColleague()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var (journey, id) = await ApplicantJourney.DraftAsync(portal, "conflict@tartu.example", "Tartu linn", "EE");
        var stale = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/steps/case");
        Assert.False(string.IsNullOrEmpty(stale.Element("#step-form").GetAttribute("data-autosave-url")));
        await journey.SaveStepAsync(id, "case", Field("MainChallenge", "Saved in another window."));

        var conflict = await journey.Client.SubmitAsync(stale, "#step-form", [Field("MainChallenge", "Typed in the stale window.")], "#save");

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.True(string.IsNullOrEmpty(conflict.Element("#step-form").GetAttribute("data-autosave-url")), "autosave stays on");
    }

    [Fact]
    public async Task FirstSavesOfOneStepAtOnce_AreSavedOrReportedAsAConflict_NeverAnError()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var (journey, id) = await ApplicantJourney.DraftAsync(portal, "race@turku.example", "Turun kaupunki", "FI");
        var page = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/steps/case");
        var values = CurrentValues(page.Form("#step-form"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            journey.Client.PostAsync(new Uri($"/applicant/applications/{id}/steps/case/autosave", UriKind.Relative),
                new FormUrlEncodedContent(values.Where(v => v.Key != "MainChallenge").Append(Field("MainChallenge", $"Answer {i}."))))));

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(1, await portal.WithDbAsync(db => db.ApplicationSections.CountAsync(s => s.ApplicationId == id && s.Step == ApplicationStep.Case)));
    }

    [Fact]
    public async Task WithdrawalsAtTheSameMoment_WithdrawOnce_AndNoneIsAnError()
    {
        portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "twice@espoo.example", "Espoon kaupunki", "FI");
        await journey.SubmitAsync(id);
        var page = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/withdraw");
        var values = CurrentValues(page.Form("main form")).Where(v => v.Key != "Form.Reason").Append(Field("Form.Reason", "Merged with a regional bid.")).ToList();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            journey.Client.PostAsync(new Uri($"/applicant/applications/{id}/withdraw", UriKind.Relative), new FormUrlEncodedContent(values))));

        // One withdraws; the others are told plainly that it is no longer submitted (422, like every
        // refused form): none is a server error.
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("Only a submitted application can be withdrawn.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(1, await portal.WithDbAsync(db => db.ApplicationStatusChanges.CountAsync(c => c.ApplicationId == id && c.To == ApplicationStatus.Withdrawn)));
        Assert.Equal(ApplicationStatus.Withdrawn, await portal.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
    }

    private Task<string> CapacityJsonAsync(int id) =>
        portal.WithDbAsync(db => db.ApplicationSections.Where(s => s.ApplicationId == id && s.Step == ApplicationStep.Capacity).Select(s => s.DataJson).SingleAsync());
}
