using ICP.Domain.Messaging;
using ICP.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Messages;

/// <summary>Reads of the e-mail outbox for staff: the latest messages, by state or by the application they concern.</summary>
public sealed class MessageQueries(IcpDbContext db)
{
    public async Task<IReadOnlyList<MessageRow>> MessagesAsync(DeliveryState? state, string? reference, CancellationToken cancellationToken)
    {
        var query = db.OutboxMessages.AsNoTracking().AsQueryable();
        if (state is { } s)
        {
            query = query.Where(m => m.State == s);
        }

        if (!string.IsNullOrWhiteSpace(reference))
        {
            query = query.Where(m => m.RelatedReference == reference.Trim());
        }

        var latest = query.OrderByDescending(m => m.Id).Take(500);
        var retryable = (await latest.Where(OutboxMessage.Retryable).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
        var rows = await latest
            .Select(m => new { m.Id, m.CreatedAt, m.To, m.Subject, m.Kind, m.RelatedReference, m.State, m.Attempts, m.SentAt, m.LastError })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new MessageRow(m.Id, m.CreatedAt, m.To, m.Subject, m.Kind, m.RelatedReference, m.State, m.Attempts, m.SentAt, m.LastError,
            retryable.Contains(m.Id)))];
    }
}
