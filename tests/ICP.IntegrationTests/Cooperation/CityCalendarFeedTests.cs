using System.Net;
using Ical.Net;
using ICP.Infrastructure.Identity;
using ICP.IntegrationTests.Activities;
using ICP.Testing;
using ICP.Web.Features.Cooperation;
using ICP.Web.Features.Demo;
using ICP.Web.Features.PersonalData;
using ICP.Web.Features.Selection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Cooperation;

/// <summary>
/// A participating city's private calendar feed over HTTP: made from the workspace (the address
/// shown once), read without a cookie and parsed back with Ical.Net (the city's study visits with
/// its delegates, sessions, phases; zones with their VTIMEZONE; the public feed's UIDs and
/// SEQUENCE), renewed (the old address answers 404 at once), audited; refused to strangers and
/// anonymous visitors; ended when the city declines or an officer deletes their account.
/// </summary>
public sealed class CityCalendarFeedTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Cutoff = new(2022, 5, 20, 22, 0, 0, TimeSpan.Zero);

    private readonly PortalFactory _portal = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task ACitysFeed_CarriesItsVisitsAndSessionsInTheirZones_NotOtherCitiesTrips_AndARenewalEndsTheOldAddress()
    {
        var setup = await CooperationSetup.PublishedAsync(_portal);
        var city = setup.Canada[0];
        var ownVisit = await CooperationSetup.StudyVisitAsync(_portal, "Study visit to Cape Town", Cutoff, limit: 2);
        var otherVisit = await CooperationSetup.StudyVisitAsync(_portal, "Study visit to Toronto", Cutoff, limit: 2, hostCity: "Toronto", zone: "America/Toronto");
        var laterVisit = await CooperationSetup.StudyVisitAsync(_portal, "Study visit to Milan", Cutoff.AddDays(60), limit: 2, hostCity: "Milan", zone: "Europe/Rome");
        var session = await ActivityRegistrationFlowTests.OnlineSessionAsync(_portal, capacity: 10);
        var internalSession = await ActivityRegistrationFlowTests.OnlineSessionAsync(_portal, capacity: 10, isPublic: false);
        await AddDelegateAsync(ownVisit, city.ApplicationId, "Ana Silva", "ana@city.example");
        await AddDelegateAsync(otherVisit, setup.Canada[1].ApplicationId, "Rui Costa", "rui@city.example");

        // After the cut-off: the Toronto visit, where the city sends nobody, is another city's trip.
        _portal.Clock.SetUtcNow(Cutoff.AddDays(1));
        var officer = await ApplicantJourney.SignInExistingAsync(_portal, city.OfficerEmail, DemoData.Password);
        var workspace = await officer.GetAsync("/applicant");
        Assert.NotNull(workspace.Document.QuerySelector("#no-calendar-feed"));
        Assert.Null(workspace.Document.QuerySelector("#calendar-feed-url"));

        var made = await officer.Client.SubmitAsync(workspace, "#calendar-feed-form");
        Assert.Contains("Copy it now", made.Texts("#notice").Single(), StringComparison.Ordinal);
        var address = new Uri(made.Element("#calendar-feed-url").GetAttribute("value")!);
        Assert.StartsWith("/calendar/city/", address.AbsolutePath, StringComparison.Ordinal);

        // Shown once: the next visit to the workspace tells who made it, not the address.
        var again = await officer.GetAsync("/applicant");
        Assert.Null(again.Document.QuerySelector("#calendar-feed-url"));
        Assert.Contains("was made on", again.Texts("#calendar-feed-status").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain(address.AbsolutePath, again.Html, StringComparison.Ordinal);

        // A calendar client: no cookie, nothing stored by caches, no cookie set.
        var calendarClient = _portal.CreateClient();
        var response = await calendarClient.GetAsync(new Uri(address.PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.NoStore && response.Headers.CacheControl.Private, response.Headers.CacheControl.ToString());
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var text = await response.Content.ReadAsStringAsync();
        var feed = Calendar.Load(text)!;
        var uids = await _portal.WithDbAsync(db => db.Activities.ToDictionaryAsync(a => a.Id, a => $"activity-{a.CalendarUid:D}@icp-portal"));

        var visit = feed.Events.Single(e => e.Uid == uids[ownVisit]);
        Assert.Equal(("Africa/Johannesburg", new DateTime(2022, 6, 10, 0, 0, 0)), (visit.DtStart!.TzId, visit.DtStart.Value));
        Assert.Contains("Your delegates: Ana Silva", visit.Description, StringComparison.Ordinal);
        Assert.EndsWith($"/applicant/visits/{ownVisit}", visit.Url!.ToString(), StringComparison.Ordinal);
        Assert.Equal("Europe/Rome", feed.Events.Single(e => e.Uid == uids[laterVisit]).DtStart!.TzId);
        Assert.Equal("Europe/Brussels", feed.Events.Single(e => e.Uid == uids[session]).DtStart!.TzId);
        Assert.DoesNotContain(feed.Events, e => e.Uid == uids[otherVisit] || e.Uid == uids[internalSession]);
        Assert.DoesNotContain("Rui Costa", text, StringComparison.Ordinal);
        Assert.Equal(7, feed.Events.Count(e => e.Uid!.StartsWith("phase-", StringComparison.Ordinal)));
        Assert.Equal(["Africa/Johannesburg", "Europe/Brussels", "Europe/Rome"], feed.TimeZones.Select(z => z.TzId!).Order(StringComparer.Ordinal));

        // The public feed's UID and SEQUENCE for the same session.
        var publicFeed = Calendar.Load(await calendarClient.GetStringAsync(new Uri("/calendar.ics", UriKind.Relative)))!;
        var publicSession = publicFeed.Events.Single(e => e.Uid == uids[session]);
        Assert.Equal(publicSession.Sequence, feed.Events.Single(e => e.Uid == uids[session]).Sequence);

        // A new address: the old one answers 404 at once, with nothing that tells it ever existed.
        var renewed = await officer.Client.SubmitAsync(again, "#calendar-feed-form");
        var newAddress = new Uri(renewed.Element("#calendar-feed-url").GetAttribute("value")!);
        Assert.NotEqual(address, newAddress);
        var gone = await calendarClient.GetAsync(new Uri(address.PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var unknown = await calendarClient.GetAsync(new Uri("/calendar/city/" + new string('A', 43) + ".ics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal((await HtmlPage.FromResponseAsync(unknown)).MainText, (await HtmlPage.FromResponseAsync(gone)).MainText);
        Assert.Equal(HttpStatusCode.OK, (await calendarClient.GetAsync(new Uri(newAddress.PathAndQuery, UriKind.Relative))).StatusCode);

        // Only the hash is kept; both changes are audited against the city.
        var stored = await _portal.WithDbAsync(db => db.CityCalendarFeeds.AsNoTracking().SingleAsync());
        Assert.Equal((city.ApplicationId, 1), (stored.ApplicationId, stored.Renewals));
        Assert.DoesNotContain(newAddress.AbsolutePath.Split('/')[^1].Replace(".ics", string.Empty, StringComparison.Ordinal), stored.TokenHash, StringComparison.Ordinal);
        var audit = await _portal.WithDbAsync(db => db.AuditEntries.Where(e => e.Action.StartsWith("calendar-feed.")).OrderBy(e => e.Id).Select(e => new { e.Action, e.Subject }).ToListAsync());
        Assert.Equal([("calendar-feed.created", city.Reference), ("calendar-feed.renewed", city.Reference)], audit.Select(e => (e.Action, e.Subject)));

        // Staff move the Cape Town visit: its delegate is told with the updated file, the feed carries the new SEQUENCE.
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var saved = await manager.SubmitAsync($"/admin/activities/{ownVisit}", "#activity-form", Field("Form.Starts", "2022-06-10T09:00"));
        Assert.Contains("People taking part told of the change by e-mail, with the updated calendar file: 1.", saved.Texts("#notice").Single(), StringComparison.Ordinal);
        var told = await _portal.Mailbox.WaitForAsync("ana@city.example", "Changed: Study visit to Cape Town");
        var attached = Calendar.Load(ActivityRegistrationFlowTests.Attachment(told, "invitation.ics"))!.Events.Single();
        Assert.Equal((uids[ownVisit], 1, new DateTime(2022, 6, 10, 9, 0, 0)), (attached.Uid, attached.Sequence, attached.DtStart!.Value));
        Assert.Empty(_portal.Mailbox.To("rui@city.example"));
        var updated = Calendar.Load(await calendarClient.GetStringAsync(new Uri(newAddress.PathAndQuery, UriKind.Relative)))!;
        Assert.Equal((1, new DateTime(2022, 6, 10, 9, 0, 0)), (updated.Events.Single(e => e.Uid == uids[ownVisit]).Sequence, updated.Events.Single(e => e.Uid == uids[ownVisit]).DtStart!.Value));
    }

    [Fact]
    public async Task OnlyTheCitysOfficersMakeTheAddress_AndItEndsWhenTheCityDeclinesOrAnOfficerDeletesTheirAccount()
    {
        var setup = await CooperationSetup.PublishedAsync(_portal);

        // A city that does not take part: 404, nothing made. Anonymous: not let in.
        var stranger = await ApplicantJourney.SignInExistingAsync(_portal, setup.NotSelected.OfficerEmail, DemoData.Password);
        var own = await stranger.GetAsync("/applicant");
        var token = own.Element("form[action='/account/logout'] input[name='__RequestVerificationToken']").GetAttribute("value")!;
        var refused = await stranger.Client.PostAsync(new Uri("/applicant/calendar-feed", UriKind.Relative), new FormUrlEncodedContent([Field("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var anonymous = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var notSignedIn = await anonymous.PostAsync(new Uri("/applicant/calendar-feed", UriKind.Relative), new FormUrlEncodedContent([Field("x", "y")]));
        Assert.True(
            notSignedIn.StatusCode == HttpStatusCode.BadRequest
            || (notSignedIn.StatusCode == HttpStatusCode.Redirect && notSignedIn.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal)),
            $"A visitor who is not signed in was answered {(int)notSignedIn.StatusCode}");
        Assert.Equal(0, await _portal.WithDbAsync(db => db.CityCalendarFeeds.CountAsync()));

        // Without the antiforgery token, even the city's own officer changes nothing.
        var canada = await ApplicantJourney.SignInExistingAsync(_portal, setup.Canada[0].OfficerEmail, DemoData.Password);
        var forged = await canada.Client.PostAsync(new Uri("/applicant/calendar-feed", UriKind.Relative), new FormUrlEncodedContent([Field("x", "y")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, await _portal.WithDbAsync(db => db.CityCalendarFeeds.CountAsync()));

        var canadaFeed = await MakeAsync(canada);
        var korea = await ApplicantJourney.SignInExistingAsync(_portal, setup.Korea.OfficerEmail, DemoData.Password);
        var koreaFeed = await MakeAsync(korea);
        var client = _portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(canadaFeed)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(koreaFeed)).StatusCode);

        // The Canadian city declines: its address answers 404 from that commit.
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ICP.Infrastructure.Persistence.IcpDbContext>();
            var manager = await db.Users.Where(u => u.Email == DemoData.ManagerEmail).Select(u => u.Id).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<SelectionWorkflow>()
                .RecordDeclineAsync(setup.Canada[0].ApplicationId, "The city council withdrew.", CooperationSetup.Manager(manager), CancellationToken.None);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(canadaFeed)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(koreaFeed)).StatusCode);

        // The Korean officer deletes their account: the address they may hold ends with it.
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = await users.FindByEmailAsync(setup.Korea.OfficerEmail);
            var refusal = await scope.ServiceProvider.GetRequiredService<PersonalDataWorkflow>().DeleteAccountAsync(user!, DemoData.Password, confirmed: true, CancellationToken.None);
            Assert.Equal(AccountDeletionRefusal.None, refusal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(koreaFeed)).StatusCode);
        Assert.Equal(0, await _portal.WithDbAsync(db => db.CityCalendarFeeds.CountAsync(f => f.ApplicationId == setup.Korea.ApplicationId)));
    }

    private static async Task<Uri> MakeAsync(ApplicantJourney officer)
    {
        var made = await officer.Client.SubmitAsync(await officer.GetAsync("/applicant"), "#calendar-feed-form");
        return new Uri(new Uri(made.Element("#calendar-feed-url").GetAttribute("value")!).PathAndQuery, UriKind.Relative);
    }

    private async Task AddDelegateAsync(int visit, int applicationId, string name, string email)
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICP.Infrastructure.Persistence.IcpDbContext>();
        var manager = await db.Users.Where(u => u.Email == DemoData.ManagerEmail).Select(u => u.Id).SingleAsync();
        await scope.ServiceProvider.GetRequiredService<DelegationWorkflow>().AddForStaffAsync(
            CooperationSetup.Manager(manager), visit, applicationId, new DelegateForm { Name = name, Role = "Head of environment", Email = email }, CancellationToken.None);
    }
}
