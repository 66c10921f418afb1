using ICP.Domain.Audit;
using ICP.Infrastructure.Persistence;

namespace ICP.Web.Features.Audit;

/// <summary>Adds audit entries to the unit of work, so they commit (or not) with the change they record.</summary>
public sealed class AuditTrail(IcpDbContext db, TimeProvider clock)
{
    public void Record(string actorId, string actorName, string action, string subject, string details, string reason = "") =>
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actorId, actorName, action, subject, details, reason));
}
