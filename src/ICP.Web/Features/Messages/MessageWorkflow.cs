using ICP.Domain.Audit;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Messages;

/// <summary>Staff actions on the outbox: sending a failed e-mail again, recorded in the audit log.</summary>
public sealed class MessageWorkflow(IcpDbContext db, DatabaseWrites writes, AuditTrail audit, TimeProvider clock, OutboxSignal signal)
{
    public async Task<MessageRetry> RetryAsync(long id, StaffContext by, CancellationToken cancellationToken)
    {
        var outcome = await writes.RunAsync(token => TryRetryAsync(id, by, token), cancellationToken);
        if (outcome == MessageRetry.Retried)
        {
            // After the commit, so the dispatcher wakes to a message it can see.
            signal.Notify();
        }

        return outcome;
    }

    private async Task<MessageRetry> TryRetryAsync(long id, StaffContext by, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return MessageRetry.NotFound;
        }

        if (!message.CanRetry)
        {
            return MessageRetry.NotRetryable;
        }

        var attempts = message.Attempts;
        message.Retry(clock.GetUtcNow());
        // The message's number and kind, not its recipient or subject: the audit log outlives the outbox's personal data.
        audit.Record(by.UserId, by.Name, AuditActions.MessageRetried, message.RelatedReference ?? $"message {message.Id}",
            $"Message {message.Id} ({message.Kind}) after {attempts} failed attempts");
        await db.SaveChangesAsync(cancellationToken);
        return MessageRetry.Retried;
    }
}
