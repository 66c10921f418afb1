using ICP.Domain.Common;

namespace ICP.Domain.Cooperation;

/// <summary>
/// The partnerships of one call: its pairs (clusters are the pairs grouped by the non-EU city's
/// country or territory), the limit of partners per city, and whether staff confirmed and
/// published them. Every change renews <see cref="ConcurrencyToken"/>, so two staff members
/// changing the plan at once cannot both win (ADR 12, like the selection board).
/// </summary>
public sealed class CooperationPlan
{
    public const int ReasonLength = 500;

    private readonly List<PartnerPair> _pairs = [];

    private CooperationPlan()
    {
        ChangedBy = string.Empty;
    }

    public CooperationPlan(int callId, int maxPartners, string by, DateTimeOffset at)
    {
        CallId = callId;
        MaxPartners = CheckedLimit(maxPartners);
        State = PlanState.Draft;
        Touch(by, at);
        ChangedBy = by;
    }

    public int Id { get; private set; }

    public int CallId { get; private set; }

    /// <summary>No city gets more partners than this.</summary>
    public int MaxPartners { get; private set; }

    public PlanState State { get; private set; }

    public Guid ConcurrencyToken { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public IReadOnlyCollection<PartnerPair> Pairs => _pairs;

    public IEnumerable<PartnerPair> ActivePairs => _pairs.Where(p => p.IsActive);

    public int ActivePartnersOf(int applicationId) => ActivePairs.Count(p => p.Involves(applicationId));

    /// <summary>
    /// Replaces the plan's current pairs with a new proposal for the selected cities. Only before
    /// publication: once public, pairs change one at a time. Pairs that ended (a city left) stay.
    /// </summary>
    public IReadOnlyList<PartnerPair> ApplyProposal(IReadOnlyCollection<MatchingCity> selected, int maxPartners, string by, DateTimeOffset at)
    {
        if (State == PlanState.Published)
        {
            throw new PlanStateException(State, "regenerate");
        }

        MaxPartners = CheckedLimit(maxPartners);
        var proposal = PartnerMatching.Propose(selected, MaxPartners);
        var byId = selected.ToDictionary(c => c.ApplicationId);
        _pairs.RemoveAll(p => p.IsActive);
        var made = proposal.Pairs
            .Select(p => new PartnerPair(byId[p.EuApplicationId], byId[p.PartnerApplicationId], proposed: true, by, at))
            .ToList();
        _pairs.AddRange(made);
        State = PlanState.Draft;
        Touch(by, at);
        return made;
    }

    /// <summary>Pairs two selected cities by hand (one EU, one not), within the limit.</summary>
    public PartnerPair AddPair(IReadOnlyCollection<MatchingCity> selected, int euApplicationId, int partnerApplicationId, string by, DateTimeOffset at)
    {
        var eu = selected.FirstOrDefault(c => c.ApplicationId == euApplicationId) ?? throw new CityNotSelectedException(euApplicationId);
        var partner = selected.FirstOrDefault(c => c.ApplicationId == partnerApplicationId) ?? throw new CityNotSelectedException(partnerApplicationId);
        if (!eu.IsEu || partner.IsEu)
        {
            throw new PairNotValidException("A pair joins one EU city and one non-EU city.");
        }

        if (ActivePairs.Any(p => p.EuApplicationId == eu.ApplicationId && p.PartnerApplicationId == partner.ApplicationId))
        {
            throw new PairNotValidException("These two cities are already partners.") { AlreadyPaired = true };
        }

        foreach (var city in new[] { eu, partner })
        {
            if (ActivePartnersOf(city.ApplicationId) >= MaxPartners)
            {
                throw new PartnerLimitReachedException(city.ApplicationId, MaxPartners);
            }
        }

        var pair = new PartnerPair(eu, partner, proposed: false, by, at);
        _pairs.Add(pair);
        Changed(by, at);
        return pair;
    }

    /// <summary>
    /// Takes a pair apart (kept as ended, with the reason). An id that is not one of the plan's active
    /// pairs names nothing staff could take apart (the page offers only active pairs): not found.
    /// </summary>
    public PartnerPair RemovePair(int pairId, string reason, string by, DateTimeOffset at)
    {
        var pair = ActivePairs.FirstOrDefault(p => p.Id == pairId) ?? throw new NotFoundException($"Pair {pairId}");
        pair.End(PairEnd.RemovedByStaff, reason, by, at);
        Changed(by, at);
        return pair;
    }

    /// <summary>
    /// Confirms the plan: every pair joins cities still selected, and every selected non-EU city has
    /// at least one EU partner.
    /// </summary>
    public void Confirm(IReadOnlyCollection<MatchingCity> selected, string by, DateTimeOffset at)
    {
        if (State != PlanState.Draft)
        {
            throw new PlanStateException(State, "confirm");
        }

        var ids = selected.Select(c => c.ApplicationId).ToHashSet();
        if (ActivePairs.SelectMany(p => new[] { p.EuApplicationId, p.PartnerApplicationId }).FirstOrDefault(id => !ids.Contains(id)) is var stray and not 0)
        {
            throw new CityNotSelectedException(stray);
        }

        var without = NeedingPartner(selected).Where(id => selected.Any(c => c.ApplicationId == id && !c.IsEu)).ToList();
        if (without.Count > 0)
        {
            throw new PartnershipsIncompleteException(without);
        }

        State = PlanState.Confirmed;
        Touch(by, at);
    }

    public void Publish(string by, DateTimeOffset at)
    {
        if (State != PlanState.Confirmed)
        {
            throw new PlanStateException(State, "publish");
        }

        State = PlanState.Published;
        PublishedAt = at.ToUniversalTime();
        Touch(by, at);
    }

    /// <summary>
    /// A city declined its selection: it leaves every pair it was in, with the reason. Returns the
    /// pairs it left (their other city now needs a new partner unless it has another).
    /// </summary>
    public IReadOnlyList<PartnerPair> LeaveOnDecline(int applicationId, string reason, string by, DateTimeOffset at)
    {
        var left = ActivePairs.Where(p => p.Involves(applicationId)).ToList();
        foreach (var pair in left)
        {
            pair.End(PairEnd.CityDeclined, reason, by, at);
        }

        if (left.Count > 0)
        {
            Changed(by, at);
        }

        return left;
    }

    /// <summary>
    /// The clusters a city belongs to: the countries or territories of the non-EU cities in its
    /// active pairs (a non-EU city's own; an EU city's partners'). Empty for a city without a pair.
    /// </summary>
    public IReadOnlySet<string> ClustersOf(int applicationId) =>
        ActivePairs.Where(p => p.Involves(applicationId)).Select(p => p.PartnerTerritoryCode).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The cities that share a cluster with <paramref name="applicationId"/> (itself included when it
    /// has a pair): every city of an active pair in one of its clusters. These, and staff, are the
    /// only ones who may see each other's contact persons.
    /// </summary>
    public IReadOnlySet<int> ClusterMembersOf(int applicationId)
    {
        var clusters = ClustersOf(applicationId);
        return ActivePairs.Where(p => clusters.Contains(p.PartnerTerritoryCode))
            .SelectMany(p => new[] { p.EuApplicationId, p.PartnerApplicationId })
            .ToHashSet();
    }

    /// <summary>The selected cities with no active partner, in application order.</summary>
    public IReadOnlyList<int> NeedingPartner(IReadOnlyCollection<MatchingCity> selected) =>
        [.. selected.Where(c => ActivePartnersOf(c.ApplicationId) == 0).Select(c => c.ApplicationId).Order()];

    /// <summary>A pair that ended because one of its cities declined, where the other city has no partner left.</summary>
    public IReadOnlyList<int> LeftByDeclinedPartner(IReadOnlyCollection<MatchingCity> selected) =>
        [.. NeedingPartner(selected).Where(id => _pairs.Any(p => p.EndedBecause == PairEnd.CityDeclined && p.Involves(id)))];

    // A confirmed plan that changes must be confirmed again; a published one stays public and
    // shows the change at once (each change is audited).
    private void Changed(string by, DateTimeOffset at)
    {
        if (State == PlanState.Confirmed)
        {
            State = PlanState.Draft;
        }

        Touch(by, at);
    }

    private void Touch(string by, DateTimeOffset at)
    {
        ChangedBy = by;
        ChangedAt = at.ToUniversalTime();
        ConcurrencyToken = Guid.NewGuid();
    }

    private static int CheckedLimit(int maxPartners) =>
        maxPartners is < PartnerMatching.MinPartnersLimit or > PartnerMatching.MaxPartnersLimit
            ? throw new PartnerLimitOutOfRangeException(maxPartners, PartnerMatching.MinPartnersLimit, PartnerMatching.MaxPartnersLimit)
            : maxPartners;
}
