using ICP.Domain.Common;
using ICP.Domain.Programme;

namespace ICP.Domain.Selection;

public enum DecisionOutcome
{
    Selected,
    Reserve,
    NotSelected,
}

public enum DecisionState
{
    /// <summary>Staged by staff; applicants see nothing yet.</summary>
    Pending,

    /// <summary>Released: the applicant is told, and the decision is final.</summary>
    Released,
}

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

/// <summary>A candidate on a quota group's board: the application, its country, and whether it passed evaluation.</summary>
public sealed record Candidate(int ApplicationId, string TerritoryCode, decimal? Score, bool Passes);

/// <summary>
/// The selection of one quota group: the rules that keep it within its seats and its per-country
/// cap, staged decisions, their release, and the reserve list. Decisions of one group change one at
/// a time (the group's selection token is renewed on every change, so concurrent changes conflict).
/// </summary>
public sealed class SelectionBoard(QuotaGroup group, int callId, List<SelectionDecision> decisions, IReadOnlyDictionary<int, decimal?>? scores = null)
{
    private readonly Dictionary<int, decimal?> _scores = scores is null ? [] : new Dictionary<int, decimal?>(scores);

    public QuotaGroup Group { get; } = group;

    public IReadOnlyList<SelectionDecision> Decisions => decisions;

    /// <summary>Seats taken by selected decisions, pending or released (a declined city's seat is free again).</summary>
    public int SeatsTaken(IReadOnlySet<int> declined) => decisions.Count(d => d.Outcome == DecisionOutcome.Selected && !declined.Contains(d.ApplicationId));

    public int TakenFrom(string territory, IReadOnlySet<int> declined) =>
        decisions.Count(d => d.Outcome == DecisionOutcome.Selected && d.TerritoryCode == territory && !declined.Contains(d.ApplicationId));

    /// <summary>Stages (or changes, while pending) the decision on a candidate.</summary>
    public SelectionDecision Stage(Candidate candidate, DecisionOutcome outcome, IReadOnlySet<int> declined, string by, DateTimeOffset at, string note = "")
    {
        if (outcome != DecisionOutcome.NotSelected && !candidate.Passes)
        {
            throw new NotSelectableException("Only an application that passed evaluation can be selected or put on the reserve list.");
        }

        _scores[candidate.ApplicationId] = candidate.Score;
        var existing = decisions.FirstOrDefault(d => d.ApplicationId == candidate.ApplicationId);
        if (existing is { State: DecisionState.Released })
        {
            throw new DecisionReleasedException();
        }

        if (outcome == DecisionOutcome.Selected && existing?.Outcome != DecisionOutcome.Selected)
        {
            EnsureRoom(candidate.TerritoryCode, declined);
        }

        if (existing is null)
        {
            existing = new SelectionDecision(callId, candidate.ApplicationId, Group.Code, candidate.TerritoryCode, outcome, by, at, note);
            decisions.Add(existing);
        }
        else
        {
            existing.Change(outcome, by, at, note);
        }

        RankReserve();
        return existing;
    }

    /// <summary>
    /// Releases every pending decision of the group, after checking the quotas once more over the
    /// whole board (nothing is released if the board breaks them).
    /// </summary>
    public IReadOnlyList<SelectionDecision> ReleasePending(IReadOnlySet<int> declined, string by, DateTimeOffset at)
    {
        var selected = decisions.Where(d => d.Outcome == DecisionOutcome.Selected && !declined.Contains(d.ApplicationId)).ToList();
        if (selected.Count > Group.Seats)
        {
            throw new QuotaFullException(Group.Code, Group.Seats);
        }

        if (Group.PerCountryCap is { } cap && selected.GroupBy(d => d.TerritoryCode).FirstOrDefault(g => g.Count() > cap) is { } over)
        {
            throw new CountryCapReachedException(over.Key, cap);
        }

        var pending = decisions.Where(d => d.State == DecisionState.Pending).ToList();
        foreach (var decision in pending)
        {
            decision.Release(by, at);
        }

        return pending;
    }

    /// <summary>The best city on the reserve list that fits the seat freed (respecting the per-country cap).</summary>
    public SelectionDecision? ProposeReplacement(IReadOnlySet<int> declined) =>
        decisions
            .Where(d => d.Outcome == DecisionOutcome.Reserve && d.State == DecisionState.Released && !declined.Contains(d.ApplicationId))
            .OrderBy(d => d.ReserveRank)
            .FirstOrDefault(d => Group.HasRoomFor(d.TerritoryCode, SeatsTaken(declined), TakenFrom(d.TerritoryCode, declined)));

    /// <summary>Moves a released reserve decision to selected (pending release, so the city is told).</summary>
    public SelectionDecision Promote(int applicationId, IReadOnlySet<int> declined, string by, DateTimeOffset at, string note)
    {
        var decision = decisions.FirstOrDefault(d => d.ApplicationId == applicationId && d.Outcome == DecisionOutcome.Reserve)
            ?? throw new NotSelectableException("Only a city on the reserve list can be promoted.");
        EnsureRoom(decision.TerritoryCode, declined);
        decision.Promote(by, at, note);
        RankReserve();
        return decision;
    }

    private void EnsureRoom(string territory, IReadOnlySet<int> declined)
    {
        if (!Group.Covers(territory))
        {
            throw new NotSelectableException($"{territory} is not in quota group {Group.Code}.");
        }

        if (SeatsTaken(declined) >= Group.Seats)
        {
            throw new QuotaFullException(Group.Code, Group.Seats);
        }

        if (Group.PerCountryCap is { } cap && TakenFrom(territory, declined) >= cap)
        {
            throw new CountryCapReachedException(territory, cap);
        }
    }

    /// <summary>
    /// Reserve ranks, kept dense (1, 2, 3 …): released reserves keep the order the cities were told;
    /// pending ones follow, best consolidated score first (then the earlier decision).
    /// </summary>
    private void RankReserve()
    {
        var rank = 0;
        var reserve = decisions.Where(d => d.Outcome == DecisionOutcome.Reserve).ToList();
        var ordered = reserve.Where(d => d.State == DecisionState.Released).OrderBy(d => d.ReserveRank ?? int.MaxValue).ThenBy(d => d.DecidedAt)
            .Concat(reserve.Where(d => d.State != DecisionState.Released).OrderByDescending(d => _scores.GetValueOrDefault(d.ApplicationId) ?? -1m).ThenBy(d => d.DecidedAt));
        foreach (var decision in ordered)
        {
            decision.SetReserveRank(++rank);
        }

        foreach (var decision in decisions.Where(d => d.Outcome != DecisionOutcome.Reserve))
        {
            decision.SetReserveRank(null);
        }
    }
}
