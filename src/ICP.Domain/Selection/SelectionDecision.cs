using ICP.Domain.Common;

namespace ICP.Domain.Selection;

/// <summary>The selection decision on one application: staged, then released with its quota group.</summary>
public sealed class SelectionDecision
{
    private SelectionDecision()
    {
        QuotaGroupCode = string.Empty;
        TerritoryCode = string.Empty;
        DecidedBy = string.Empty;
        Note = string.Empty;
    }

    internal SelectionDecision(int callId, int applicationId, string quotaGroupCode, string territoryCode, DecisionOutcome outcome, string decidedBy, DateTimeOffset at, string note)
    {
        CallId = callId;
        ApplicationId = applicationId;
        QuotaGroupCode = quotaGroupCode;
        TerritoryCode = territoryCode;
        Outcome = outcome;
        DecidedBy = decidedBy;
        DecidedAt = at.ToUniversalTime();
        Note = note.Trim();
        State = DecisionState.Pending;
    }

    public int Id { get; private set; }

    public int CallId { get; private set; }

    public int ApplicationId { get; private set; }

    public string QuotaGroupCode { get; private set; }

    public string TerritoryCode { get; private set; }

    public DecisionOutcome Outcome { get; private set; }

    /// <summary>Position on the reserve list (1 first), for reserve decisions.</summary>
    public int? ReserveRank { get; private set; }

    public DecisionState State { get; private set; }

    public string DecidedBy { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public string? ReleasedBy { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    public string Note { get; private set; }

    internal void Change(DecisionOutcome outcome, string by, DateTimeOffset at, string note)
    {
        if (State == DecisionState.Released)
        {
            throw new DecisionReleasedException();
        }

        Outcome = outcome;
        DecidedBy = by;
        DecidedAt = at.ToUniversalTime();
        Note = note.Trim();
    }

    internal void Promote(string by, DateTimeOffset at, string note)
    {
        Outcome = DecisionOutcome.Selected;
        ReserveRank = null;
        DecidedBy = by;
        DecidedAt = at.ToUniversalTime();
        Note = note.Trim();
        State = DecisionState.Pending;
        ReleasedAt = null;
        ReleasedBy = null;
    }

    internal void SetReserveRank(int? rank) => ReserveRank = rank;

    internal void Release(string by, DateTimeOffset at)
    {
        State = DecisionState.Released;
        ReleasedBy = by;
        ReleasedAt = at.ToUniversalTime();
    }
}
