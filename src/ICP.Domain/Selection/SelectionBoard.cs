using ICP.Domain.Applications;
using ICP.Domain.Common;
using ICP.Domain.Programme;

namespace ICP.Domain.Selection;

/// <summary>
/// The selection of one quota group, and the only place its rules live: the ranking, the seats and
/// the per-country cap, whether a decision can be staged, staged decisions, their release, a city's
/// decline, the reserve list and the replacement it proposes. Changes to applications' statuses are
/// returned for the caller to apply (<see cref="Application"/> keeps its own transition table).
/// Decisions of one group change one at a time (the group's selection token is renewed on every
/// change, so concurrent changes conflict).
/// </summary>
public sealed class SelectionBoard
{
    private readonly int _callId;
    private readonly List<SelectionDecision> _decisions;
    private readonly Dictionary<int, Candidate> _candidates;

    public SelectionBoard(QuotaGroup group, int callId, List<SelectionDecision> decisions, IEnumerable<Candidate> candidates)
    {
        Group = group;
        _callId = callId;
        _decisions = decisions;
        _candidates = candidates.ToDictionary(c => c.ApplicationId);
    }

    public QuotaGroup Group { get; }

    public IReadOnlyList<SelectionDecision> Decisions => _decisions;

    /// <summary>
    /// The candidates in board order: consolidated score (none last), then the earlier final
    /// submission, then the reference. The reserve list follows the same order.
    /// </summary>
    public IReadOnlyList<Candidate> Ranking =>
        [.. _candidates.Values.OrderByDescending(c => c.Score ?? -1m).ThenBy(c => c.LastSubmittedAt).ThenBy(c => c.Reference, StringComparer.Ordinal)];

    /// <summary>Whether a decision takes a seat: selected (pending or released), unless the city withdrew since.</summary>
    public static bool TakesSeat(DecisionOutcome outcome, ApplicationStatus status) =>
        outcome == DecisionOutcome.Selected && status != ApplicationStatus.Declined;

    /// <summary>Whether a city is selected as the public and the dashboards count it: it takes a seat and its decision is released.</summary>
    public static bool IsSelected(DecisionOutcome outcome, DecisionState state, ApplicationStatus status) =>
        TakesSeat(outcome, status) && state == DecisionState.Released;

    /// <summary>The application status a released decision gives.</summary>
    public static ApplicationStatus StatusFor(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Selected => ApplicationStatus.Selected,
        DecisionOutcome.Reserve => ApplicationStatus.Reserve,
        _ => ApplicationStatus.NotSelected,
    };

    /// <summary>Seats taken (see <see cref="TakesSeat"/>).</summary>
    public int SeatsTaken => SeatHolders.Count();

    /// <summary>Selected cities whose decision is released (see <see cref="IsSelected"/>).</summary>
    public int Selected => _decisions.Count(d => IsSelected(d.Outcome, d.State, StatusOf(d.ApplicationId)));

    public int Pending => _decisions.Count(d => d.State == DecisionState.Pending);

    public int Released => _decisions.Count(d => d.State == DecisionState.Released);

    /// <summary>Seats taken by cities of one country or territory (the per-country cap counts these).</summary>
    public int TakenFrom(string territory) => SeatHolders.Count(d => d.TerritoryCode == territory);

    public bool IsDeclined(int applicationId) => StatusOf(applicationId) == ApplicationStatus.Declined;

    public SelectionDecision? DecisionOn(int applicationId) => _decisions.FirstOrDefault(d => d.ApplicationId == applicationId);

    public Candidate? CandidateOf(int applicationId) => _candidates.GetValueOrDefault(applicationId);

    /// <summary>Whether staff may stage (or change) a decision on the candidate now.</summary>
    public bool CanStage(int applicationId, Call call, DateTimeOffset now) => StagingRefusal(applicationId, call, now) is null;

    /// <summary>Stages (or changes, while pending) the decision on a candidate of the board.</summary>
    public SelectionDecision Stage(int applicationId, DecisionOutcome outcome, Call call, string by, DateTimeOffset now, string note = "")
    {
        if (StagingRefusal(applicationId, call, now) is { } refusal)
        {
            throw refusal;
        }

        var candidate = _candidates[applicationId];
        if (outcome != DecisionOutcome.NotSelected && !candidate.Passes)
        {
            throw new NotSelectableException("Only an application that passed evaluation can be selected or put on the reserve list.");
        }

        var existing = DecisionOn(applicationId);
        if (outcome == DecisionOutcome.Selected && existing?.Outcome != DecisionOutcome.Selected)
        {
            EnsureRoom(candidate.TerritoryCode);
        }

        if (existing is null)
        {
            existing = new SelectionDecision(_callId, applicationId, Group.Code, candidate.TerritoryCode, outcome, by, now, note);
            _decisions.Add(existing);
        }
        else
        {
            existing.Change(outcome, by, now, note);
        }

        RankReserve();
        return existing;
    }

    /// <summary>
    /// Releases every pending decision of the group, after checking the quotas once more over the
    /// whole board (nothing is released if the board breaks them), and says which statuses change.
    /// </summary>
    public SelectionRelease ReleasePending(string by, DateTimeOffset at)
    {
        var selected = SeatHolders.ToList();
        if (selected.Count > Group.Seats)
        {
            throw new QuotaFullException(Group.Code, Group.Seats);
        }

        if (Group.PerCountryCap is { } cap && selected.GroupBy(d => d.TerritoryCode).FirstOrDefault(g => g.Count() > cap) is { } over)
        {
            throw new CountryCapReachedException(over.Key, cap);
        }

        var pending = _decisions.Where(d => d.State == DecisionState.Pending).ToList();
        var changes = new List<StatusChange>();
        foreach (var decision in pending)
        {
            decision.Release(by, at);
            var status = StatusFor(decision.Outcome);
            if (_candidates.TryGetValue(decision.ApplicationId, out var candidate) && candidate.Status != status)
            {
                _candidates[decision.ApplicationId] = candidate with { Status = status };
                changes.Add(new StatusChange(decision.ApplicationId, status));
            }
        }

        return new SelectionRelease(pending, changes);
    }

    /// <summary>A selected city withdrew from the programme: its seat is free again.</summary>
    public StatusChange Decline(int applicationId)
    {
        if (!_candidates.TryGetValue(applicationId, out var candidate) || candidate.Status != ApplicationStatus.Selected)
        {
            throw new InvalidStatusTransitionException((candidate?.Status ?? ApplicationStatus.Draft).ToString(), nameof(ApplicationStatus.Declined));
        }

        _candidates[applicationId] = candidate with { Status = ApplicationStatus.Declined };
        return new StatusChange(applicationId, ApplicationStatus.Declined);
    }

    /// <summary>
    /// Once a selected city withdrew: the best city on the reserve list that fits the seat freed
    /// (respecting the per-country cap); nobody while no city withdrew.
    /// </summary>
    public SelectionDecision? ProposeReplacement() =>
        _decisions.Any(d => IsDeclined(d.ApplicationId))
            ? _decisions
                .Where(d => d.Outcome == DecisionOutcome.Reserve && d.State == DecisionState.Released && StatusOf(d.ApplicationId) == ApplicationStatus.Reserve)
                .OrderBy(d => d.ReserveRank)
                .FirstOrDefault(d => Group.HasRoomFor(d.TerritoryCode, SeatsTaken, TakenFrom(d.TerritoryCode)))
            : null;

    /// <summary>Moves a released reserve decision to selected (pending release, so the city is told).</summary>
    public SelectionDecision Promote(int applicationId, string by, DateTimeOffset at, string note)
    {
        var decision = _decisions.FirstOrDefault(d => d.ApplicationId == applicationId && d.Outcome == DecisionOutcome.Reserve)
            ?? throw new NotSelectableException("Only a city on the reserve list can be promoted.");
        EnsureRoom(decision.TerritoryCode);
        decision.Promote(by, at, note);
        RankReserve();
        return decision;
    }

    private IEnumerable<SelectionDecision> SeatHolders => _decisions.Where(d => TakesSeat(d.Outcome, StatusOf(d.ApplicationId)));

    /// <summary>A decision whose application is not on the board (not loaded) is counted as it stands.</summary>
    private ApplicationStatus StatusOf(int applicationId) =>
        _candidates.TryGetValue(applicationId, out var candidate) ? candidate.Status : ApplicationStatus.Submitted;

    /// <summary>Why a decision cannot be staged on the candidate now, or null if it can.</summary>
    private DomainException? StagingRefusal(int applicationId, Call call, DateTimeOffset now)
    {
        if (call.StateAt(now) != CallState.Closed)
        {
            return new NotSelectableException("Cities are selected after the deadline.");
        }

        // Before the status check: a released decision has moved the status on, and "released" is the reason.
        if (DecisionOn(applicationId) is { State: DecisionState.Released })
        {
            return new DecisionReleasedException();
        }

        if (!_candidates.TryGetValue(applicationId, out var candidate) || candidate.Status != ApplicationStatus.Submitted)
        {
            return new NotSelectableException("Only a submitted application that is not withdrawn can be decided on.");
        }

        return call.WindowFor(candidate.LocalAuthorityId).IsOpenAt(now) ? new ExtensionStillOpenException() : null;
    }

    private void EnsureRoom(string territory)
    {
        if (!Group.Covers(territory))
        {
            throw new NotSelectableException($"{territory} is not in quota group {Group.Code}.");
        }

        if (SeatsTaken >= Group.Seats)
        {
            throw new QuotaFullException(Group.Code, Group.Seats);
        }

        if (Group.PerCountryCap is { } cap && TakenFrom(territory) >= cap)
        {
            throw new CountryCapReachedException(territory, cap);
        }
    }

    /// <summary>
    /// Reserve ranks, kept dense (1, 2, 3 …): released reserves keep the order the cities were told;
    /// pending ones follow in board order (<see cref="Ranking"/>).
    /// </summary>
    private void RankReserve()
    {
        var position = Ranking.Select((c, i) => (c.ApplicationId, i)).ToDictionary(x => x.ApplicationId, x => x.i);
        var rank = 0;
        var reserve = _decisions.Where(d => d.Outcome == DecisionOutcome.Reserve).ToList();
        var ordered = reserve.Where(d => d.State == DecisionState.Released).OrderBy(d => d.ReserveRank ?? int.MaxValue).ThenBy(d => d.DecidedAt)
            .Concat(reserve.Where(d => d.State != DecisionState.Released).OrderBy(d => position.GetValueOrDefault(d.ApplicationId, int.MaxValue)).ThenBy(d => d.DecidedAt));
        foreach (var decision in ordered)
        {
            decision.SetReserveRank(++rank);
        }

        foreach (var decision in _decisions.Where(d => d.Outcome != DecisionOutcome.Reserve))
        {
            decision.SetReserveRank(null);
        }
    }
}
