using System.Net;
using ICP.Domain.Applications;
using ICP.Infrastructure.Persistence;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Applications;

/// <summary>
/// The deadline is judged on the server, by the portal's clock at the request's arrival: one tick
/// before it a change is accepted, at it every change is refused with a page stating it, and nothing
/// the client sends can move it.
/// </summary>
public sealed class DeadlineGuardTests
{
    private static readonly DateTimeOffset Deadline = new(2021, 11, 15, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EveryChange_AtTheDeadline_IsRefusedWithTheDeadlineInBrusselsTime_AndChangesNothing()
    {
        await using var portal = new PortalFactory();
        portal.Clock.SetUtcNow(Deadline.AddMinutes(-10));
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "late@city.example", "Late City", "FR");
        await journey.SubmitAsync(id);
        var stepPage = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/steps/case");
        var documentPage = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/document");
        var reviewPage = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/review");
        var withdrawPage = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/withdraw");
        var before = await SnapshotAsync(portal, id);

        portal.Clock.SetUtcNow(Deadline);
        var save = await journey.Client.SubmitAsync(stepPage, "#step-form", [Field("MainChallenge", new string('x', 300))], "#save");
        var autosave = await journey.Client.PostAsync(new Uri($"/applicant/applications/{id}/steps/case/autosave", UriKind.Relative),
            new FormUrlEncodedContent(FormSubmission.CurrentValues(stepPage.Form("#step-form"))));
        var submit = await journey.Client.SubmitAsync(reviewPage, "#submit-form",
            [Field("ConfirmAccurate", "true"), Field("ConfirmAuthorised", "true"), Field("ConfirmPublication", "true")]);
        var withdraw = await journey.Client.SubmitAsync(withdrawPage, "main form", [Field("Form.Reason", "Too late to change our mind")]);
        var upload = await journey.UploadAsync(id, TestDocuments.Pdf("late"), tokenFrom: documentPage);

        foreach (var refused in new[] { save, submit, withdraw, upload })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("The deadline was 15 November 2021, 23:59:59 (Brussels time).", refused.MainText, StringComparison.Ordinal);
            Assert.Contains("Your request reached the portal at 16 November 2021, 00:00:00 (Brussels time).", refused.MainText, StringComparison.Ordinal);
            Assert.Equal("deadline-local", refused.Element("#deadline-passed time").GetAttribute("data-local-time-target"));
        }

        Assert.Equal(HttpStatusCode.Forbidden, autosave.StatusCode);
        Assert.Equal(before, await SnapshotAsync(portal, id));
    }

    [Fact]
    public async Task Save_OneTickBeforeTheDeadline_IsAccepted()
    {
        await using var portal = new PortalFactory();
        portal.Clock.SetUtcNow(Deadline.AddMinutes(-10));
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "just-in-time@city.example", "Just In Time", "DE");
        var page = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/steps/local-authority");

        portal.Clock.SetUtcNow(Deadline.AddTicks(-1));
        var saved = await journey.Client.SubmitAsync(page, "#step-form", [Field("Region", "Bavaria")], "#save");
        var receipt = await journey.SubmitAsync(id);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Bavaria", (await portal.WithDbAsync(db => db.ApplicationSections.SingleAsync(s => s.ApplicationId == id && s.Step == ApplicationStep.LocalAuthority))).DataJson
            .Split("\"region\":\"")[1].Split('"')[0]);
        Assert.Equal("1", receipt.Texts("#receipt-version").Single());
    }

    [Fact]
    public async Task StepPages_AfterTheDeadline_AreReadOnly()
    {
        await using var portal = new PortalFactory();
        portal.Clock.SetUtcNow(Deadline.AddMinutes(-10));
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "readonly@city.example", "Read Only City", "AT");

        portal.Clock.SetUtcNow(Deadline.AddSeconds(5));
        var page = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/steps/case");
        var review = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/review");

        Assert.NotNull(page.Document.QuerySelector("#read-only"));
        Assert.True(page.Element("#step-form fieldset").HasAttribute("disabled"));
        Assert.True(string.IsNullOrEmpty(page.Element("#step-form").GetAttribute("data-autosave-url")));
        Assert.Null(review.Document.QuerySelector("#submit-form"));
        Assert.Equal("closed", page.Element("#deadline-box").GetAttribute("data-window"));
    }

    [Fact]
    public async Task IndividualExtension_LetsOneCityChangeAfterTheDeadline_ButNotAnother()
    {
        await using var portal = new PortalFactory();
        portal.Clock.SetUtcNow(Deadline.AddMinutes(-10));
        var (extended, extendedId) = await ApplicantJourney.ReadyToSubmitAsync(portal, "extended@city.example", "Extended City", "ES");
        var (other, otherId) = await ApplicantJourney.ReadyToSubmitAsync(portal, "other@city.example", "Other City", "ES");
        var othersReview = await HtmlPage.GetAsync(other.Client, $"/applicant/applications/{otherId}/review");
        await portal.WithDbAsync(async db =>
        {
            var call = await db.Calls.Include(c => c.IndividualExtensions).SingleAsync();
            var authorityId = await db.Applications.Where(a => a.Id == extendedId).Select(a => a.LocalAuthorityId).SingleAsync();
            call.GrantIndividualExtension(authorityId, Deadline.AddDays(2), "Flooding closed the city hall on 15 November", "staff-user", Deadline.AddMinutes(-5));
            await db.SaveChangesAsync();
        });

        portal.Clock.SetUtcNow(Deadline.AddDays(1));
        await extended.SignInAsync();
        await other.SignInAsync();
        var accepted = await extended.SubmitAsync(extendedId);
        var refused = await other.Client.SubmitAsync(othersReview, "#submit-form",
            [Field("ConfirmAccurate", "true"), Field("ConfirmAuthorised", "true"), Field("ConfirmPublication", "true")]);
        var dashboard = await HtmlPage.GetAsync(extended.Client, "/applicant");

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("1", accepted.Texts("#receipt-version").Single());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("17 November 2021, 23:59:59 (Brussels time)", dashboard.Texts("#deadline-box").Single(), StringComparison.Ordinal);
        Assert.NotNull(dashboard.Document.QuerySelector("#individual-extension"));
    }

    [Fact]
    public async Task CallWideExtension_MovesTheDeadlineForEveryone_AndThePublicPagesSaySo()
    {
        await using var portal = new PortalFactory();
        portal.Clock.SetUtcNow(Deadline.AddMinutes(-10));
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "everyone@city.example", "Everyone City", "PL");
        await portal.WithDbAsync(async db =>
        {
            var call = await db.Calls.Include(c => c.DeadlineExtensions).SingleAsync();
            call.ExtendDeadline(new DateTimeOffset(2021, 11, 30, 23, 0, 0, TimeSpan.Zero), "Many cities asked for more time", "staff-user", Deadline.AddMinutes(-5));
            await db.SaveChangesAsync();
        });

        portal.Clock.SetUtcNow(Deadline.AddDays(10));
        await journey.SignInAsync();
        var receipt = await journey.SubmitAsync(id);
        var home = await HtmlPage.GetAsync(portal.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.Equal("Deadline extended to 30 November 2021, 23:59:59 (Brussels time), instead of 15 November 2021, 23:59:59 (Brussels time).",
            home.Texts("#deadline-extended").Single());
        Assert.Equal("open", home.Element("#call-status").GetAttribute("data-call-state"));
    }

    [Fact]
    public async Task ClientSuppliedTimes_CannotMoveTheDeadline()
    {
        await using var portal = new PortalFactory();
        portal.Clock.SetUtcNow(Deadline.AddMinutes(-10));
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(portal, "sneaky@city.example", "Sneaky City", "NL");
        var review = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/review");

        portal.Clock.SetUtcNow(Deadline.AddSeconds(1));
        var refused = await journey.Client.SubmitAsync(review, "#submit-form", [
            Field("ConfirmAccurate", "true"), Field("ConfirmAuthorised", "true"), Field("ConfirmPublication", "true"),
            Field("ArrivedAt", "2021-11-01T00:00:00Z"), Field("SubmittedAt", "2021-11-01T00:00:00Z"), Field("Deadline", "2030-01-01T00:00:00Z")]);
        var withDateHeader = new HttpRequestMessage(HttpMethod.Post, $"/applicant/applications/{id}/steps/case/autosave");
        withDateHeader.Headers.Date = new DateTimeOffset(2021, 11, 1, 0, 0, 0, TimeSpan.Zero);
        withDateHeader.Content = new FormUrlEncodedContent(FormSubmission.CurrentValues((await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/steps/case")).Form("#step-form")));
        var autosave = await journey.Client.SendAsync(withDateHeader);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, autosave.StatusCode);
        Assert.Equal(0, await portal.WithDbAsync(db => db.ApplicationVersions.CountAsync(v => v.ApplicationId == id)));
    }

    /// <summary>Everything a change could touch, as text, to compare before and after.</summary>
    private static Task<string> SnapshotAsync(PortalFactory portal, int id) => portal.WithDbAsync(async (IcpDbContext db) =>
    {
        var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == id);
        var sections = await db.ApplicationSections.AsNoTracking().Where(s => s.ApplicationId == id).OrderBy(s => s.Step)
            .Select(s => s.Step + s.DataJson + s.Version).ToListAsync();
        var documents = await db.ApplicationDocuments.AsNoTracking().CountAsync(d => d.ApplicationId == id);
        var versions = await db.ApplicationVersions.AsNoTracking().CountAsync(v => v.ApplicationId == id);
        var history = await db.ApplicationStatusChanges.AsNoTracking().CountAsync(c => c.ApplicationId == id);
        return $"{application.Status}|{application.ConcurrencyToken}|{string.Join("|", sections)}|{documents}|{versions}|{history}";
    });
}
