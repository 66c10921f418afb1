namespace ICP.Domain.Applications;

/// <summary>One row of an application's status history: who, when, from, to, why.</summary>
public sealed class ApplicationStatusChange
{
    private ApplicationStatusChange()
    {
        ActorId = string.Empty;
        ActorName = string.Empty;
        Reason = string.Empty;
    }

    internal ApplicationStatusChange(
        ApplicationStatus? from, ApplicationStatus to, Actor actor, DateTimeOffset at, StatusChangeReason reasonCode, string reason = "", int? versionNumber = null)
    {
        IsOverride = reasonCode == StatusChangeReason.Override;
        From = from;
        To = to;
        ActorId = actor.UserId;
        ActorName = actor.Name;
        At = at.ToUniversalTime();
        ReasonCode = reasonCode;
        Reason = reason;
        VersionNumber = versionNumber;
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    public ApplicationStatus? From { get; private set; }

    public ApplicationStatus To { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Why the status changed, shown in each reader's language.</summary>
    public StatusChangeReason ReasonCode { get; private set; }

    /// <summary>What the person typed as the reason (a withdrawal, a decline, an override), in their words; empty when they typed nothing.</summary>
    public string Reason { get; private set; }

    /// <summary>The version submitted, for <see cref="StatusChangeReason.VersionSubmitted"/>.</summary>
    public int? VersionNumber { get; private set; }

    /// <summary>Set by a staff override of the transition table.</summary>
    public bool IsOverride { get; private set; }

    /// <summary>The actor's name and any reason a person typed erased (retention over); the transition and its time stay.</summary>
    internal void Erase()
    {
        ActorId = ErasedData.Name;
        ActorName = ErasedData.Name;

        // Only what a person typed is personal; the code says nothing about anyone.
        if (Reason.Length > 0)
        {
            Reason = ErasedData.Name;
        }
    }
}
