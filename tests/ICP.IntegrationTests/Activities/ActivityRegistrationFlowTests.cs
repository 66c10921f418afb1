using System.Net;
using Ical.Net;
using ICP.Domain.Activities;
using ICP.Domain.Programme;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Activities;

/// <summary>
/// The public registration journey over HTTP, with the e-mails read from the pickup folder: register,
/// confirm (a place or the waiting list), cancel, and the first person waiting promoted and told; the
/// same answer for an address already registered; nothing accepted from the session's start.
/// </summary>
public sealed class ActivityRegistrationFlowTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2022, 6, 1, 9, 0, 0, TimeSpan.Zero);

    // 15 June 2022, 10:00 in Brussels (summer time).
    private static readonly DateTimeOffset Starts = new(2022, 6, 15, 8, 0, 0, TimeSpan.Zero);

    private readonly PortalFactory _portal = new();

    public ValueTask InitializeAsync()
    {
        _portal.Clock.SetUtcNow(Now);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    internal static Task<int> OnlineSessionAsync(PortalFactory portal, int capacity, bool isPublic = true) => portal.WithDbAsync(async db =>
    {
        var phase = await db.TimelinePhases.SingleAsync(p => p.Kind == PhaseKind.OnlineCooperation);
        var activity = Activity.Create(phase, ActivityKind.OnlineSession, new ActivityDetails(
            "Air quality in port cities", "Speakers from Busan and Marseille.", Starts, Starts.AddHours(2), "Europe/Brussels", isPublic,
            ThemeSlug: "air-quality", Speakers: "A. Kim", JoiningLink: "https://meet.example.eu/icp/air", Capacity: capacity), "seed", Now.AddDays(-10));
        db.Activities.Add(activity);
        await db.SaveChangesAsync();
        return activity.Id;
    });

    internal static async Task<HtmlPage> RegisterAsync(HttpClient client, int id, string email, string name = "Ana Pereira")
    {
        var form = await HtmlPage.GetAsync(client, $"/activities/{id}/register");
        return await client.SubmitAsync(form, "#registration-form",
            [Field("Form.Name", name), Field("Form.Email", email), Field("Form.Organisation", "Câmara Municipal de Lisboa"), Field("Form.CountryCode", "PT"), Field("Form.Consent", "true")]);
    }

    private static async Task<HtmlPage> FollowAsync(HttpClient client, Uri link)
    {
        var page = await HtmlPage.GetAsync(client, link.PathAndQuery);
        return await client.SubmitAsync(page, "#link-form");
    }

    private Task<RegistrationStatus> StatusOfAsync(string email) =>
        _portal.WithDbAsync(db => db.ActivityRegistrations.Where(r => r.Email == email).Select(r => r.Status).SingleAsync());

    [Fact]
    public async Task Visitor_RegistersConfirmsAndCancels_AndTheFirstWaitingIsPromotedAndEmailed()
    {
        var id = await OnlineSessionAsync(_portal, capacity: 1);
        var ana = _portal.CreateClient();
        var jonas = _portal.CreateClient();

        // Registering holds no place: the e-mail's link does.
        Assert.Equal("1 place left.", (await HtmlPage.GetAsync(ana, $"/activities/{id}")).Texts("#places").Single());
        var sent = await RegisterAsync(ana, id, "ana@example.org");
        Assert.Equal("1 place left.", (await HtmlPage.GetAsync(ana, $"/activities/{id}")).Texts("#places").Single());
        Assert.NotNull(sent.Document.QuerySelector("#sent"));
        Assert.Equal(RegistrationStatus.AwaitingConfirmation, await StatusOfAsync("ana@example.org"));
        var confirmMail = await _portal.Mailbox.WaitForAsync("ana@example.org", "Confirm your registration");
        Assert.DoesNotContain("meet.example.eu", confirmMail.TextBody, StringComparison.Ordinal);

        var confirmed = await FollowAsync(ana, Mailbox.LinkIn(confirmMail, "/activities/confirm"));
        Assert.Equal("Confirmed", confirmed.Element("#outcome").GetAttribute("data-outcome"));
        Assert.Equal(RegistrationStatus.Confirmed, await StatusOfAsync("ana@example.org"));

        // The cached public page is evicted: the place is taken.
        Assert.Equal("All places are taken: you can join the waiting list.", (await HtmlPage.GetAsync(jonas, $"/activities/{id}")).Texts("#places").Single());

        // The confirmation has the joining details and the activity as .ics, in Brussels time with its VTIMEZONE.
        var details = await _portal.Mailbox.WaitForAsync("ana@example.org", "Registration confirmed");
        Assert.Contains("https://meet.example.eu/icp/air", details.TextBody, StringComparison.Ordinal);
        var calendar = Calendar.Load(Attachment(details, "invitation.ics"))!;
        var item = Assert.Single(calendar.Events);
        var uid = await _portal.WithDbAsync(db => db.Activities.Where(a => a.Id == id).Select(a => a.CalendarUid).SingleAsync());
        Assert.Equal($"activity-{uid:D}@icp-portal", item.Uid);
        Assert.Equal(("Europe/Brussels", new DateTime(2022, 6, 15, 10, 0, 0)), (item.DtStart!.TzId, item.DtStart.Value));
        Assert.Equal("Europe/Brussels", Assert.Single(calendar.TimeZones).TzId);

        // The session is full: the next confirmation joins the waiting list.
        await RegisterAsync(jonas, id, "jonas@example.org", "Jonas Berg");
        var waiting = await FollowAsync(jonas, Mailbox.LinkIn(await _portal.Mailbox.WaitForAsync("jonas@example.org", "Confirm your registration"), "/activities/confirm"));
        Assert.Equal("Waiting", waiting.Element("#outcome").GetAttribute("data-outcome"));
        await _portal.Mailbox.WaitForAsync("jonas@example.org", "On the waiting list");

        // Ana cancels with the link of her confirmation: Jonas gets the place and is told, with the joining link.
        var cancelled = await FollowAsync(ana, Mailbox.LinkIn(details, "/activities/cancel"));
        Assert.Equal("Cancelled", cancelled.Element("#outcome").GetAttribute("data-outcome"));
        Assert.Equal((RegistrationStatus.Cancelled, RegistrationStatus.Confirmed), (await StatusOfAsync("ana@example.org"), await StatusOfAsync("jonas@example.org")));
        var promoted = await _portal.Mailbox.WaitForAsync("jonas@example.org", "Registration confirmed");
        Assert.Contains("A place became free", promoted.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://meet.example.eu/icp/air", promoted.TextBody, StringComparison.Ordinal);
        await _portal.Mailbox.WaitForAsync("ana@example.org", "Registration cancelled");

        // Following a link again changes nothing.
        var again = await FollowAsync(ana, Mailbox.LinkIn(details, "/activities/cancel"));
        Assert.Equal("Cancelled", again.Element("#outcome").GetAttribute("data-outcome"));
        Assert.Equal(RegistrationStatus.Confirmed, await StatusOfAsync("jonas@example.org"));
    }

    [Fact]
    public async Task Register_AnAddressAlreadyRegistered_GetsTheSameAnswerAndOnlyItsOwnerLearnsMore()
    {
        var id = await OnlineSessionAsync(_portal, capacity: 10);
        await RegisterAsync(_portal.CreateClient(), id, "ana@example.org");

        var first = await RegisterAsync(_portal.CreateClient(), id, "new@example.org");
        var repeated = await RegisterAsync(_portal.CreateClient(), id, "ana@example.org");

        Assert.Equal(first.StatusCode, repeated.StatusCode);
        Assert.Equal(first.MainText, repeated.MainText);
        Assert.Equal(2, await _portal.WithDbAsync(db => db.ActivityRegistrations.CountAsync()));
        await _portal.Mailbox.WaitForAsync("ana@example.org", "Your registration");
        await _portal.Mailbox.WaitForAsync("new@example.org", "Confirm your registration");
    }

    [Fact]
    public async Task Register_AtTheStart_IsRefusedAndConfirmingThen_HoldsNoPlace()
    {
        var id = await OnlineSessionAsync(_portal, capacity: 10);
        await RegisterAsync(_portal.CreateClient(), id, "ana@example.org");
        var link = Mailbox.LinkIn(await _portal.Mailbox.WaitForAsync("ana@example.org", "Confirm your registration"), "/activities/confirm");

        // The last second before the start is still open; the start itself is not.
        _portal.Clock.SetUtcNow(Starts.AddSeconds(-1));
        var client = _portal.CreateClient();
        var form = await HtmlPage.GetAsync(client, $"/activities/{id}/register");
        _portal.Clock.SetUtcNow(Starts);
        var refused = await client.SubmitAsync(form, "#registration-form",
            [Field("Form.Name", "Late Comer"), Field("Form.Email", "late@example.org"), Field("Form.Organisation", "City"), Field("Form.CountryCode", "FR"), Field("Form.Consent", "true")]);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Registration closed when the activity started.", refused.MainText, StringComparison.Ordinal);
        Assert.Equal(0, await _portal.WithDbAsync(db => db.ActivityRegistrations.CountAsync(r => r.Email == "late@example.org")));

        var tooLate = await FollowAsync(_portal.CreateClient(), link);
        Assert.Equal(HttpStatusCode.Conflict, tooLate.StatusCode);
        Assert.Equal(RegistrationStatus.AwaitingConfirmation, await StatusOfAsync("ana@example.org"));
    }

    [Fact]
    public async Task Register_BadInput_IsRefusedWithMessagesAndWritesNothing()
    {
        var id = await OnlineSessionAsync(_portal, capacity: 10);
        var client = _portal.CreateClient();
        var form = await HtmlPage.GetAsync(client, $"/activities/{id}/register");

        var refused = await client.SubmitAsync(form, "#registration-form",
            [Field("Form.Name", "Ana"), Field("Form.Email", "not-an-address"), Field("Form.Organisation", "City"), Field("Form.CountryCode", "XX")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Enter a valid e-mail address.", refused.Texts("#form-errors li"));
        Assert.Contains("Choose your country.", refused.Texts("#form-errors li"));
        Assert.Contains("Agree to the use of your contact details for this activity.", refused.Texts("#form-errors li"));
        Assert.Equal(0, await _portal.WithDbAsync(db => db.ActivityRegistrations.CountAsync()));
    }

    [Fact]
    public async Task ActivityNotPublic_AnswersNotFound_AndAnUnknownLinkIsNotValid()
    {
        var id = await OnlineSessionAsync(_portal, capacity: 10, isPublic: false);
        var client = _portal.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(client, $"/activities/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(client, $"/activities/{id}/register")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(client, $"/activities/{id}/calendar.ics")).StatusCode);
        var unknown = await HtmlPage.GetAsync(client, "/activities/confirm?token=abc");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotNull(unknown.Document.QuerySelector("#link-not-valid"));
    }

    [Fact]
    public async Task PublicPages_ShowTheActivity_AndAreEvictedWhenItChanges()
    {
        var id = await OnlineSessionAsync(_portal, capacity: 10);
        var client = _portal.CreateClient();
        Assert.Contains("Air quality in port cities", (await HtmlPage.GetAsync(client, "/activities")).Texts("#upcoming-list h3"));
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), (await HtmlPage.GetAsync(client, "/timeline")).Element("#events a[data-activity]").GetAttribute("data-activity"));

        await _portal.WithDbAsync(async db =>
        {
            var activity = await db.Activities.Include(a => a.Registrations).Include(a => a.Sessions).SingleAsync(a => a.Id == id);
            var phase = await db.TimelinePhases.SingleAsync(p => p.Id == activity.PhaseId);
            activity.Revise(phase, new ActivityDetails(
                "Clean air in harbours", activity.Description, activity.StartsAt, activity.EndsAt, activity.TimeZoneId, true,
                ThemeSlug: activity.ThemeSlug, Speakers: activity.Speakers, JoiningLink: activity.JoiningLink, Capacity: activity.Capacity), "staff", Now);
            await db.SaveChangesAsync();
        });

        Assert.Contains("Clean air in harbours", (await HtmlPage.GetAsync(client, "/activities")).Texts("#upcoming-list h3"));
        Assert.Contains("Clean air in harbours", (await HtmlPage.GetAsync(client, "/timeline")).Texts("#events a[data-activity]"));
        var feed = Calendar.Load(await client.GetStringAsync("/calendar.ics"))!;
        var item = feed.Events.Single(e => e.Summary == "Clean air in harbours");
        Assert.Equal(1, item.Sequence);
        Assert.Equal(7, feed.Events.Count(e => e.Uid!.StartsWith("phase-", StringComparison.Ordinal)));
    }

    internal static string Attachment(MimeMessage message, string fileName)
    {
        var part = message.Attachments.OfType<MimePart>().Single(a => a.FileName == fileName);
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
