namespace ICP.Domain.Audit;

/// <summary>
/// One line of the audit log: who did what to which subject, when, and why. Written in the same
/// transaction as the change it records; never edited.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        ActorId = string.Empty;
        ActorName = string.Empty;
        Action = string.Empty;
        Subject = string.Empty;
        Details = string.Empty;
        Reason = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, string actorId, string actorName, string action, string subject, string details, string reason = "")
    {
        At = at.ToUniversalTime();
        ActorId = actorId;
        ActorName = actorName;
        Action = action;
        Subject = subject.Length > SubjectLength ? subject[..SubjectLength] : subject;
        Details = details.Length > 2000 ? details[..2000] : details;
        Reason = reason.Length > 1000 ? reason[..1000] : reason;
    }

    /// <summary>Room for what an entry is about: a reference, a call code, a city's name or an e-mail address (at most 256 characters).</summary>
    public const int SubjectLength = 256;

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    /// <summary>The actor's name and the reason they typed erased (an application anonymised after its retention period).</summary>
    public void Erase()
    {
        ActorName = "(erased)";
        Reason = string.IsNullOrEmpty(Reason) ? Reason : "(erased)";
    }

    /// <summary>
    /// Replaces a deleted person's name (and their address where it is the subject) with a pseudonym:
    /// the entry keeps what was done and when, no longer by whom by name (ADR 10). With <see cref="Erase"/>, the only changes an
    /// entry ever gets.
    /// </summary>
    public void Pseudonymise(string pseudonym, string? email)
    {
        ActorName = pseudonym;
        if (email is not null && string.Equals(Subject, email, StringComparison.OrdinalIgnoreCase))
        {
            Subject = pseudonym;
        }
    }

    /// <summary>A stable code, e.g. "application.submitted", "decision.released", "deadline.extended".</summary>
    public string Action { get; private set; }

    /// <summary>What it concerns: an application reference, a quota group, the call.</summary>
    public string Subject { get; private set; }

    public string Details { get; private set; }

    public string Reason { get; private set; }
}
