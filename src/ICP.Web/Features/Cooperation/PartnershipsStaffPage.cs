using ICP.Domain.Cooperation;

namespace ICP.Web.Features.Cooperation;

/// <summary>The staff page of the partnerships: the plan, its pairs, the proposal's reasoning and the cities needing a partner.</summary>
public sealed record PartnershipsStaffPage(
    bool HasPlan,
    PlanState State,
    int MaxPartners,
    Guid Token,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<PairRow> Pairs,
    IReadOnlyList<EndedPairRow> Ended,
    IReadOnlyList<PassedOverRow> PassedOver,
    IReadOnlyList<CityCard> NeedingPartner,
    IReadOnlyList<CityCard> LeftByDeclinedPartner,
    IReadOnlyList<CityCard> Selected);
