using ICP.Domain.Messaging;
using ICP.Infrastructure.Email;
using ICP.Testing;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ICP.IntegrationTests.Operations;

/// <summary>
/// The outbox keeps a record of every message, not its content: once delivered, a message's text
/// (which may hold a live reset, confirmation or invitation link) is gone from the database, so a
/// backup cannot be used to take over an account. Undelivered content is kept for staff to send it
/// again, until its links have expired.
/// </summary>
public sealed class OutboxContentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task DeliveredMessage_KeepsItsRecord_ButNotItsContent()
    {
        await ApplicantJourney.RegisterAsync(portal, "delivered@city.example", "Delivered"); // follows the e-mailed link

        var stored = await portal.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.To == "delivered@city.example" && m.Kind == "account-confirmation"));

        Assert.Equal(DeliveryState.Sent, stored.State);
        Assert.Equal("Confirm your e-mail address for the ICP portal", stored.Subject);
        Assert.Equal(string.Empty, stored.TextBody);
        Assert.Equal(string.Empty, stored.HtmlBody);
        Assert.Contains("/account/confirm-email?", portal.Mailbox.To("delivered@city.example").Single().TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UndeliveredMessage_KeepsItsContentForStaffToRetry_UntilItsLinksHaveExpired()
    {
        var now = portal.Clock.GetUtcNow();
        var (old, recent) = await portal.WithDbAsync(async db =>
        {
            var messages = new[] { Failed("old@city.example", now.AddDays(-15)), Failed("recent@city.example", now.AddDays(-1)) };
            db.OutboxMessages.AddRange(messages);
            await db.SaveChangesAsync();
            return (messages[0].Id, messages[1].Id);
        });

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RemoveExpiredContentAsync(CancellationToken.None);
            var retried = await scope.ServiceProvider.GetRequiredService<MessageWorkflow>()
                .RetryAsync(old, new StaffContext("staff", "Staff", "staff@icp.example", IsManager: true, IsEvaluator: false), CancellationToken.None);
            Assert.Equal(MessageRetry.NotRetryable, retried);
        }

        var (oldMessage, recentMessage) = await portal.WithDbAsync(async db =>
            (await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == old), await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == recent)));
        Assert.False(oldMessage.HasContent);
        Assert.Equal(DeliveryState.Failed, oldMessage.State); // nothing left to send
        Assert.True(recentMessage.HasContent);
        Assert.True(recentMessage.CanRetry);
    }

    [Fact]
    public async Task Migration_RemovesTheContentOfMessagesDeliveredBeforeIt()
    {
        await portal.WithDatabaseCopyAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var index = migrations.FindIndex(m => m.EndsWith("_RemoveDeliveredOutboxContent", StringComparison.Ordinal));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[index - 1]);

            // Written in that migration's own schema (the current model may have columns it lacks, e.g. CalendarAttachment).
            var createdAt = portal.Clock.GetUtcNow().AddDays(1).UtcTicks;
            var token = Guid.NewGuid().ToString().ToUpperInvariant();
            await db.Database.ExecuteSqlAsync($@"INSERT INTO OutboxMessages (""To"", Subject, TextBody, HtmlBody, Kind, CreatedAt, NextAttemptAt, State, Attempts, ConcurrencyToken)
                VALUES ('legacy@city.example', 'Choose a new password', 'https://icp.example/account/reset-password?code=live', '<p>live</p>', 'password-reset', {createdAt}, {createdAt}, 'Sent', 1, {token})");

            await migrator.MigrateAsync();

            var bodies = await db.OutboxMessages.AsNoTracking().Where(m => m.To == "legacy@city.example").Select(m => m.TextBody + m.HtmlBody).SingleAsync();
            Assert.Equal(string.Empty, bodies);
        });
    }

    private static OutboxMessage Failed(string to, DateTimeOffset createdAt)
    {
        var message = new OutboxMessage(to, "You are invited", "Join: https://icp.example/applicant/invitations/accept?token=live", "<p>Join</p>", "team-invitation", createdAt);
        for (var attempt = 0; attempt < OutboxMessage.MaxAttempts; attempt++)
        {
            message.MarkFailed("550 mailbox unavailable", createdAt.AddMinutes(attempt));
        }

        return message;
    }
}
