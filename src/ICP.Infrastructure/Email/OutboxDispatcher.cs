using ICP.Domain.Messaging;
using ICP.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ICP.Infrastructure.Email;

/// <summary>
/// Delivers due outbox messages: claims each (so that several instances never send one twice),
/// hands it to the transport, and records success or the failure and the next attempt.
/// </summary>
public sealed partial class OutboxDispatcher(
    IcpDbContext db, IMailTransport transport, TimeProvider clock, IOptions<EmailOptions> options, ILogger<OutboxDispatcher> logger)
{
    private static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    /// <summary>Delivers what is due now; returns how many messages were attempted.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.OutboxMessages
            .Where(m => m.State == DeliveryState.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .OrderBy(m => m.Id)
            .Take(20)
            .ToListAsync(cancellationToken);

        var attempted = 0;
        foreach (var message in due)
        {
            message.Claim(now, ClaimLease);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another worker claimed it first: not a failure to retry, the message is theirs.
                db.ChangeTracker.Clear();
                continue;
            }

            attempted++;
            try
            {
                await transport.SendAsync(ToMime(message), cancellationToken);
                message.MarkSent(clock.GetUtcNow());
                LogSent(logger, message.Id, message.Kind);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                message.MarkFailed(exception.Message, clock.GetUtcNow());
                LogFailed(logger, exception, message.Id, message.Kind, message.Attempts);
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }

        return attempted;
    }

    private MimeMessage ToMime(OutboxMessage message)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = message.CreatedAt,
            MessageId = $"outbox-{message.Id}-{message.CreatedAt.ToUnixTimeSeconds()}@icp-portal",
        };
        mime.From.Add(MailboxAddress.Parse(options.Value.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        if (message.CalendarAttachment is { } ics)
        {
            // METHOD:PUBLISH: calendar clients offer to add (or update, by UID and SEQUENCE) the event.
            body.Attachments.Add("invitation.ics", System.Text.Encoding.UTF8.GetBytes(ics), new ContentType("text", "calendar") { Charset = "utf-8", Parameters = { { "method", "PUBLISH" } } });
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }

    /// <summary>
    /// Removes the content of messages that were not delivered and whose links have expired
    /// (<see cref="OutboxMessage.UndeliveredContentKept"/>); delivered ones lose theirs when sent.
    /// </summary>
    public Task<int> RemoveExpiredContentAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - OutboxMessage.UndeliveredContentKept;
        return db.OutboxMessages
            .Where(m => m.State != DeliveryState.Pending && m.CreatedAt < before && (m.TextBody != string.Empty || m.HtmlBody != string.Empty))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.TextBody, string.Empty).SetProperty(m => m.HtmlBody, string.Empty).SetProperty(m => m.CalendarAttachment, (string?)null), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {MessageId} ({Kind}) sent")]
    private static partial void LogSent(ILogger logger, long messageId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {MessageId} ({Kind}) failed on attempt {Attempt}")]
    private static partial void LogFailed(ILogger logger, Exception exception, long messageId, string kind, int attempt);
}
