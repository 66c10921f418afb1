using ICP.Domain.Cooperation;

namespace ICP.Web.Features.Cooperation;

/// <summary>A selected city as the partnership pages show it.</summary>
public sealed record CityCard(int ApplicationId, string Reference, string Name, string CountryCode, string Country, bool IsEu, IReadOnlyList<string> Themes);

/// <summary>A pair as staff see it.</summary>
public sealed record PairRow(int Id, CityCard Eu, CityCard Partner, IReadOnlyList<string> SharedThemes, int Score, bool Proposed);

/// <summary>A pair that ended: who left or who took it apart, when, why.</summary>
public sealed record EndedPairRow(CityCard Eu, CityCard Partner, PairEnd Because, string Reason, DateTimeOffset At);

/// <summary>An alternative the proposal passed over for a city, with the reason.</summary>
public sealed record PassedOverRow(CityCard City, CityCard Other, IReadOnlyList<string> SharedThemes, int Score, PassedOverReason Reason);

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

/// <summary>A cluster on the public page: a partner country's cities with their EU partners.</summary>
public sealed record PublicCluster(string CountryCode, string Country, IReadOnlyList<PublicPair> Pairs, IReadOnlyList<string> Themes);

/// <summary>A pair on the public page.</summary>
public sealed record PublicPair(CityCard Eu, CityCard Partner, IReadOnlyList<string> SharedThemes);

/// <summary>The pairs that work on one theme.</summary>
public sealed record ThemeGroup(string Theme, IReadOnlyList<PublicPair> Pairs);

/// <summary>The public /partnerships page: by partner country or territory, and by theme.</summary>
public sealed record PartnershipsPublicPage(DateTimeOffset PublishedAt, IReadOnlyList<PublicCluster> Clusters, IReadOnlyList<ThemeGroup> ByTheme);
