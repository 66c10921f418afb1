namespace ICP.Infrastructure.Email;

/// <summary>
/// Work that turns requests recorded during a web request into outbox messages, afterwards (e.g.
/// account e-mails: see <c>AccountEmailRequest</c>). The outbox worker runs every registered
/// preparation before each delivery round.
/// </summary>
public interface IOutboxPreparation
{
    /// <summary>Prepares what is waiting; returns how many requests it handled.</summary>
    Task<int> PrepareAsync(CancellationToken cancellationToken);
}
