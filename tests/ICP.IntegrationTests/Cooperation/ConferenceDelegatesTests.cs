using System.Globalization;
using System.Net;
using ICP.Domain.Activities;
using ICP.IntegrationTests.Activities;
using ICP.Testing;
using ICP.Web.Features.Activities;
using ICP.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Cooperation;

/// <summary>
/// The closing conference over HTTP: the participating cities' delegates first, then the public.
/// Cities register delegates into the kept places before the cut-off (a shared pool, refused when
/// taken); the public never reaches a kept place; at the cut-off the unused ones go to the waiting
/// list in order, each person promoted e-mailed; later a place a delegate frees goes to the next.
/// </summary>
public sealed class ConferenceDelegatesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Cutoff = new(2023, 1, 31, 23, 0, 0, TimeSpan.Zero);

    private readonly PortalFactory _portal = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task DelegatesFirst_ThenThePublic_TheUnusedKeptPlacesGoToTheWaitingListAtTheCutoff()
    {
        var setup = await CooperationSetup.PublishedAsync(_portal);
        var conference = await CooperationSetup.ConferenceAsync(_portal, Cutoff, capacity: 5, placesForCities: 3, limit: 2);
        _portal.Clock.SetUtcNow(Cutoff.AddDays(-3));

        // Two cities share the three kept places: Toronto registers two, Seoul one; Seoul's second is refused.
        var toronto = await ApplicantJourney.SignInExistingAsync(_portal, setup.Canada[0].OfficerEmail, DemoData.Password);
        var workspace = await toronto.GetAsync("/applicant");
        Assert.NotNull(workspace.Document.QuerySelector($"#upcoming li[data-activity='{conference}'] a[href='/applicant/visits/{conference}']"));
        await AddAsync(toronto, conference, "Ana Silva", "Head of environment", "ana@toronto.example");
        var second = await AddAsync(toronto, conference, "Rui Costa", "Deputy mayor", "rui@toronto.example");
        Assert.Contains("Rui Costa is registered as a delegate.", second.Texts("#notice").Single(), StringComparison.Ordinal);
        var seoul = await ApplicantJourney.SignInExistingAsync(_portal, setup.Korea.OfficerEmail, DemoData.Password);
        var seoulPage = await AddAsync(seoul, conference, "Min-jun Kim", "Climate officer", "kim@seoul.example");
        Assert.Equal("0", seoulPage.Texts("#city-places-free").Single());
        Assert.NotNull(seoulPage.Document.QuerySelector("#city-places-taken"));
        Assert.Null(seoulPage.Document.QuerySelector("#delegate-form"));
        var refused = await PostDelegateAsync(seoul, conference, seoulPage, "Ji-woo Park", "Mayor", "park@seoul.example");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("All 3 places kept for the participating cities' delegates are taken", refused.Texts("#form-errors li").Single(), StringComparison.Ordinal);
        Assert.Equal(3, await DelegatesAsync(conference));

        // The public sees only its own two places, and why.
        var visitor = _portal.CreateClient();
        var page = await HtmlPage.GetAsync(visitor, $"/activities/{conference}");
        Assert.Equal("2 places left.", page.Texts("#places").Single());
        Assert.StartsWith("3 more places are kept for the participating cities' delegates until", page.Texts("#places-kept").Single(), StringComparison.Ordinal);
        var people = new[] { "p1@example.org", "p2@example.org", "w1@example.org", "w2@example.org", "w3@example.org" };
        foreach (var email in people)
        {
            await ConfirmAsync(email, conference);
        }

        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Waiting, RegistrationStatus.Waiting, RegistrationStatus.Waiting],
            await Task.WhenAll(people.Select(StatusOfAsync)));

        // Toronto withdraws one delegate before the cut-off: the place stays kept for the cities, nobody is promoted.
        var torontoPage = await toronto.GetAsync($"/applicant/visits/{conference}");
        var removed = await toronto.Client.SubmitAsync(torontoPage, "#delegates li form");
        Assert.Contains("The delegate was removed.", removed.Texts("#notice").Single(), StringComparison.Ordinal);
        Assert.Equal(RegistrationStatus.Waiting, await StatusOfAsync("w1@example.org"));

        // Not before the cut-off and its grace (a city's request that arrived in time is decided first): the release does nothing.
        Assert.Equal(0, await ReleaseAsync());
        _portal.Clock.SetUtcNow(Cutoff);
        Assert.Equal(0, await ReleaseAsync());

        // Past it: one kept place is unused; it goes to the first person waiting, who is told.
        _portal.Clock.SetUtcNow(Cutoff + Activity.CityPlacesReleaseGrace);
        Assert.Equal(1, await ReleaseAsync());
        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Waiting, RegistrationStatus.Waiting],
            await Task.WhenAll(people[2..].Select(StatusOfAsync)));
        var told = await _portal.Mailbox.WaitForAsync("w1@example.org", "Registration confirmed");
        Assert.Contains("A place became free", told.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await ReleaseAsync());
        var audit = await _portal.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "activity.city-places-released").Select(e => e.Details).SingleAsync());
        Assert.Contains("2 of 3 kept places used by the cities' delegates; 1 given to the public; 1 promoted", audit, StringComparison.Ordinal);
        var after = await HtmlPage.GetAsync(visitor, $"/activities/{conference}");
        Assert.Equal("All places are taken: you can join the waiting list.", after.Texts("#places").Single());
        Assert.Null(after.Document.QuerySelector("#places-kept"));

        // After the cut-off the city is refused; a delegate staff remove frees a place for the next person waiting.
        toronto = await ApplicantJourney.SignInExistingAsync(_portal, setup.Canada[0].OfficerEmail, DemoData.Password);
        var closed = await toronto.GetAsync($"/applicant/visits/{conference}");
        Assert.NotNull(closed.Document.QuerySelector("#delegation-closed"));
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var staffPage = await manager.GetAsync($"/admin/visits/{conference}/delegates");
        Assert.Equal("5 in all: 2 held by the cities' delegates, 3 taken by the public.", staffPage.Texts("#conference-places").Single());
        Assert.StartsWith("Given to the public on", staffPage.Texts("#city-places-release").Single(), StringComparison.Ordinal);
        await manager.Client.SubmitAsync(staffPage, $"tr[data-city='{setup.Korea.Reference}'] form");
        Assert.Equal(RegistrationStatus.Confirmed, await StatusOfAsync("w2@example.org"));
        await _portal.Mailbox.WaitForAsync("w2@example.org", "Registration confirmed");
        Assert.Equal(RegistrationStatus.Waiting, await StatusOfAsync("w3@example.org"));

        // Staff cannot seat a delegate into a full conference: a clear message, nothing changes.
        var full = await manager.SubmitAsync($"/admin/visits/{conference}/delegates", "#staff-delegate-form",
            Field("applicationId", setup.Korea.ApplicationId.ToString(CultureInfo.InvariantCulture)), Field("Form.Name", "Ji-woo Park"), Field("Form.Role", "Mayor"), Field("Form.Email", "park@seoul.example"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, full.StatusCode);
        Assert.Contains("No place is free at the conference", full.Texts("#form-errors li").Single(), StringComparison.Ordinal);
        Assert.Equal(1, await DelegatesAsync(conference));

        // The cooperation dashboard counts the conference's delegates with the visits'.
        var dashboard = await manager.GetAsync("/admin/cooperation");
        Assert.Equal("1", dashboard.Element($"#visits tr[data-visit='{conference}'] [data-delegates]").GetAttribute("data-delegates"));
    }

    [Fact]
    public async Task TheReleaser_RunningInThePortal_ReleasesAtTheCutoffAndTellsThePersonWaiting()
    {
        await using var portal = new PortalFactory().WithSetting("Activities:RunReleaser", "true").WithSetting("Activities:ReleaseCheckInterval", "00:00:01");
        await CooperationSetup.PublishedAsync(portal);
        var conference = await CooperationSetup.ConferenceAsync(portal, Cutoff, capacity: 2, placesForCities: 1, limit: 1);
        portal.Clock.SetUtcNow(Cutoff.AddDays(-1));
        var client = portal.CreateClient();
        foreach (var email in new[] { "first@example.org", "waiting@example.org" })
        {
            await ActivityRegistrationFlowTests.RegisterAsync(client, conference, email);
            var link = Mailbox.LinkIn(await portal.Mailbox.WaitForAsync(email, "Confirm your registration"), "/activities/confirm");
            await client.SubmitAsync(await HtmlPage.GetAsync(client, link.PathAndQuery), "#link-form");
        }

        await portal.Mailbox.WaitForAsync("waiting@example.org", "On the waiting list");

        // The portal's clock reaches the cut-off; the worker, checking every second, gives the unused place.
        portal.Clock.SetUtcNow(Cutoff + Activity.CityPlacesReleaseGrace + TimeSpan.FromMinutes(1));
        await portal.Mailbox.WaitForAsync("waiting@example.org", "Registration confirmed", timeout: TimeSpan.FromSeconds(60));
        Assert.Equal(RegistrationStatus.Confirmed, await portal.WithDbAsync(db => db.ActivityRegistrations.Where(r => r.Email == "waiting@example.org").Select(r => r.Status).SingleAsync()));
        Assert.NotNull(await portal.WithDbAsync(db => db.Activities.Where(a => a.Id == conference).Select(a => a.CityPlacesReleasedAt).SingleAsync()));
    }

    [Fact]
    public async Task AConferenceOnlyTheCitiesSee_OpensOnTheCitysDelegatesPage_AndIsNotOnThePublicSite()
    {
        var setup = await CooperationSetup.PublishedAsync(_portal);
        var conference = await CooperationSetup.ConferenceAsync(_portal, Cutoff, capacity: 40, placesForCities: 40, limit: 2, isPublic: false);
        _portal.Clock.SetUtcNow(Cutoff.AddDays(-3));

        var toronto = await ApplicantJourney.SignInExistingAsync(_portal, setup.Canada[0].OfficerEmail, DemoData.Password);
        var workspace = await toronto.GetAsync("/applicant");
        var links = workspace.All($"#upcoming li[data-activity='{conference}'] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.Equal($"/applicant/visits/{conference}", href));
        var added = await AddAsync(toronto, conference, "Ana Silva", "Mayor", "ana@toronto.example");
        Assert.Equal("39", added.Texts("#city-places-free").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await _portal.CreateClient().GetAsync(new Uri($"/activities/{conference}", UriKind.Relative))).StatusCode);
    }

    private async Task<int> ReleaseAsync()
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CityPlacesRelease>().ReleaseDueAsync(CancellationToken.None);
    }

    private async Task ConfirmAsync(string email, int conference)
    {
        var client = _portal.CreateClient();
        await ActivityRegistrationFlowTests.RegisterAsync(client, conference, email);
        var link = Mailbox.LinkIn(await _portal.Mailbox.WaitForAsync(email, "Confirm your registration"), "/activities/confirm");
        await client.SubmitAsync(await HtmlPage.GetAsync(client, link.PathAndQuery), "#link-form");
    }

    private Task<RegistrationStatus> StatusOfAsync(string email) =>
        _portal.WithDbAsync(db => db.ActivityRegistrations.Where(r => r.Email == email).Select(r => r.Status).SingleAsync());

    private Task<int> DelegatesAsync(int conference) =>
        _portal.WithDbAsync(db => (from d in db.Delegations where d.ActivityId == conference join x in db.VisitDelegates on d.Id equals x.DelegationId select x.Id).CountAsync());

    private static async Task<HtmlPage> AddAsync(ApplicantJourney city, int conference, string name, string role, string email) =>
        await city.Client.SubmitAsync(await city.GetAsync($"/applicant/visits/{conference}"), "#delegate-form", [Field("Form.Name", name), Field("Form.Role", role), Field("Form.Email", email)]);

    private static async Task<HtmlPage> PostDelegateAsync(ApplicantJourney city, int conference, HtmlPage tokenFrom, string name, string role, string email)
    {
        var token = tokenFrom.Element("input[name='__RequestVerificationToken']").GetAttribute("value")!;
        return await HtmlPage.FromResponseAsync(await city.Client.PostAsync(new Uri($"/applicant/visits/{conference}/delegates", UriKind.Relative), new FormUrlEncodedContent([
            Field("__RequestVerificationToken", token), Field("Form.Name", name), Field("Form.Role", role), Field("Form.Email", email)])));
    }
}
