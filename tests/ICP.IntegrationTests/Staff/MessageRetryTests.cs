using System.Net;
using ICP.Domain.Audit;
using ICP.Domain.Messaging;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace ICP.IntegrationTests.Staff;

/// <summary>Sending a failed e-mail again is a staff action like any other: it changes the outbox through a workflow and is audited.</summary>
public sealed class MessageRetryTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();
    private StaffJourney _manager = null!;

    public async ValueTask InitializeAsync()
    {
        await StaffJourney.SeedStaffAsync(_portal, evaluators: 0);
        _manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
    }

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task SendAgain_AFailedMessage_PutsItBackInTheQueue_AndIsAudited()
    {
        var id = await SeedFailedAsync();

        var page = await _manager.SubmitAsync("/admin/messages", $"form[action='/admin/messages/{id}/retry']");

        Assert.Equal("The message will be sent again.", page.Texts("#notice").Single());
        var entry = await _portal.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditActions.MessageRetried));
        Assert.Equal("ICP-2021-FR-0007", entry.Subject);
        Assert.Contains($"Message {id} (team-invitation)", entry.Details, StringComparison.Ordinal);
        Assert.Equal(await _portal.WithDbAsync(db => db.Users.Where(u => u.Email == StaffJourney.ManagerEmail).Select(u => u.Id).SingleAsync()), entry.ActorId);
        var audit = await _manager.GetAsync("/admin/audit?action=message.retried");
        Assert.Contains("E-mail sent again", Assert.Single(audit.All("#audit tbody tr")).TextContent, StringComparison.Ordinal);
        var message = await _portal.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.NotEqual(DeliveryState.Failed, message.State);
    }

    [Fact]
    public async Task SendAgain_AMessageThatIsNoLongerFailed_IsRefusedWithAMessage_AndNotAudited()
    {
        var id = await SeedFailedAsync();
        var page = await _manager.GetAsync("/admin/messages");
        await _portal.WithDbAsync(async db =>
        {
            var message = await db.OutboxMessages.SingleAsync(m => m.Id == id);
            message.RemoveContent(); // its links expired while the page was open
            await db.SaveChangesAsync();
        });

        var refused = await _manager.Client.SubmitAsync(page, $"form[action='/admin/messages/{id}/retry']", []);

        Assert.Contains("cannot be sent again", refused.Texts("#problem").Single(), StringComparison.Ordinal);
        Assert.Equal(0, await _portal.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.MessageRetried)));
    }

    [Fact]
    public async Task SendAgain_AnUnknownMessage_Answers404()
    {
        var page = await _manager.GetAsync("/admin/messages");
        var token = page.Element("input[name='__RequestVerificationToken']").GetAttribute("value")!;

        var response = await _manager.Client.PostAsync(new Uri("/admin/messages/987654/retry", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<long> SeedFailedAsync() => _portal.WithDbAsync(async db =>
    {
        var now = _portal.Clock.GetUtcNow();
        var message = new OutboxMessage("officer@lyon.example", "You are invited", "Join: https://icp.example/join", "<p>Join</p>", "team-invitation", now.AddHours(-2), "ICP-2021-FR-0007");
        for (var attempt = 0; attempt < OutboxMessage.MaxAttempts; attempt++)
        {
            message.MarkFailed("550 mailbox unavailable", now.AddHours(-2).AddMinutes(attempt));
        }

        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    });
}
