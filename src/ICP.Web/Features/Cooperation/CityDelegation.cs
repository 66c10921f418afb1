namespace ICP.Web.Features.Cooperation;

/// <summary>One participating city's delegates for a study visit, as staff see them.</summary>
public sealed record CityDelegation(CityCard City, IReadOnlyList<DelegateRow> Delegates);
