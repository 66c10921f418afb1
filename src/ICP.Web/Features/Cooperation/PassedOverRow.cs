using ICP.Domain.Cooperation;

namespace ICP.Web.Features.Cooperation;

/// <summary>An alternative the proposal passed over for a city, with the reason.</summary>
public sealed record PassedOverRow(CityCard City, CityCard Other, IReadOnlyList<string> SharedThemes, int Score, PassedOverReason Reason);
