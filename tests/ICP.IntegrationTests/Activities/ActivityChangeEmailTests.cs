using System.Net.Http.Headers;
using Ical.Net;
using ICP.Domain.Activities;
using ICP.Testing;
using ICP.Web.Features.Activities;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Activities;

/// <summary>
/// Staff edit an online session: a change its participants' calendars show (the time) e-mails each
/// confirmed registrant once, in the language they registered in, with the updated .ics (the UID of
/// their confirmation, a higher SEQUENCE); people waiting, awaiting confirmation or cancelled get
/// nothing; an edit of the description alone e-mails no one. The edit page says how many are told.
/// </summary>
public sealed class ActivityChangeEmailTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2022, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly PortalFactory _portal = new();

    public async ValueTask InitializeAsync()
    {
        _portal.Clock.SetUtcNow(Now);
        await StaffJourney.SeedStaffAsync(_portal, 0);
    }

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task ATimeChange_TellsEachConfirmedParticipantOnceInTheirLanguage_WithTheUpdatedCalendar_ADescriptionChangeTellsNoOne()
    {
        var id = await ActivityRegistrationFlowTests.OnlineSessionAsync(_portal, capacity: 2);
        var ana = await ConfirmAsync(id, "ana@example.org", "en");
        await ConfirmAsync(id, "marie@example.org", "fr");
        await ConfirmAsync(id, "jonas@example.org", "en");
        var lucia = await ConfirmAsync(id, "lucia@example.org", "en");
        await ActivityRegistrationFlowTests.RegisterAsync(_portal.CreateClient(), id, "pedro@example.org", "Pedro Ruiz");
        await _portal.Mailbox.WaitForAsync("pedro@example.org", "Confirm your registration");
        var luciaClient = _portal.CreateClient();
        await luciaClient.SubmitAsync(await HtmlPage.GetAsync(luciaClient, Mailbox.LinkIn(lucia, "/activities/cancel").PathAndQuery), "#link-form");
        Assert.Equal(
            [RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Waiting, RegistrationStatus.Cancelled, RegistrationStatus.AwaitingConfirmation],
            await _portal.WithDbAsync(db => db.ActivityRegistrations.OrderBy(r => r.Id).Select(r => r.Status).ToListAsync()));
        var confirmation = Calendar.Load(ActivityRegistrationFlowTests.Attachment(ana, "invitation.ics"))!.Events.Single();

        // The description alone: the calendar's time and place are as they were; no one is e-mailed.
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var page = await manager.GetAsync($"/admin/activities/{id}");
        Assert.Equal("2", page.Element("#told-of-changes").GetAttribute("data-count"));
        var described = await manager.Client.SubmitAsync(page, "#activity-form", [Field("Form.Description", "Speakers from Busan, Marseille and Durban.")]);
        Assert.Equal("The activity was saved.", described.Texts("#notice").Single());
        Assert.Equal(0, await ChangedCountAsync());

        // An hour later: the two confirmed participants are told, each once, with the updated calendar.
        var moved = await manager.SubmitAsync($"/admin/activities/{id}", "#activity-form", Field("Form.Starts", "2022-06-15T11:00"), Field("Form.Ends", "2022-06-15T13:00"));
        Assert.Contains("People taking part told of the change by e-mail, with the updated calendar file: 2.", moved.Texts("#notice").Single(), StringComparison.Ordinal);
        Assert.Equal(["ana@example.org", "marie@example.org"], await _portal.WithDbAsync(db =>
            db.OutboxMessages.Where(m => m.Kind == ActivityEmails.ChangedKind).OrderBy(m => m.To).Select(m => m.To).ToListAsync()));

        var english = await _portal.Mailbox.WaitForAsync("ana@example.org", "Changed: Air quality in port cities");
        var french = await _portal.Mailbox.WaitForAsync("marie@example.org", "Modifié : Air quality in port cities");
        Assert.Contains("L'équipe du programme a modifié", french.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://meet.example.eu/icp/air", french.TextBody, StringComparison.Ordinal);
        foreach (var message in new[] { english, french })
        {
            var updated = Calendar.Load(ActivityRegistrationFlowTests.Attachment(message, "invitation.ics"))!;
            var item = updated.Events.Single();
            Assert.Equal(confirmation.Uid, item.Uid);
            Assert.True(item.Sequence > confirmation.Sequence, $"SEQUENCE {item.Sequence} after {confirmation.Sequence}");
            Assert.Equal(("Europe/Brussels", new DateTime(2022, 6, 15, 11, 0, 0)), (item.DtStart!.TzId, item.DtStart.Value));
            Assert.Equal("PUBLISH", updated.Method);
        }

        foreach (var untold in new[] { "jonas@example.org", "lucia@example.org", "pedro@example.org" })
        {
            Assert.DoesNotContain(_portal.Mailbox.To(untold), m => m.Subject?.StartsWith("Changed", StringComparison.Ordinal) == true);
        }

        Assert.Single(_portal.Mailbox.To("ana@example.org"), m => m.Subject?.StartsWith("Changed", StringComparison.Ordinal) == true);
        Assert.Contains("2 told of the change", await _portal.WithDbAsync(db =>
            db.AuditEntries.Where(e => e.Action == "activity.revised").OrderBy(e => e.Id).Select(e => e.Details).LastAsync()), StringComparison.Ordinal);
    }

    private Task<int> ChangedCountAsync() => _portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == ActivityEmails.ChangedKind));

    /// <summary>Registers and follows the confirmation link in <paramref name="language"/>; the confirmation (or waiting-list) e-mail.</summary>
    private async Task<MimeMessage> ConfirmAsync(int id, string email, string language)
    {
        var client = _portal.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        await ActivityRegistrationFlowTests.RegisterAsync(client, id, email, "Participant");
        await WaitForCountAsync(email, 1);
        var link = _portal.Mailbox.To(email).Single();
        await client.SubmitAsync(await HtmlPage.GetAsync(client, Mailbox.LinkIn(link, "/activities/confirm").PathAndQuery), "#link-form");
        await WaitForCountAsync(email, 2);
        return _portal.Mailbox.To(email).Single(m => m.TextBody?.Contains("/activities/confirm", StringComparison.Ordinal) != true);
    }

    private async Task WaitForCountAsync(string email, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (_portal.Mailbox.To(email).Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"No message {count} to {email}");
            await Task.Delay(100);
        }
    }
}
