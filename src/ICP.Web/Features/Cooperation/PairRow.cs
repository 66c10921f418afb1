namespace ICP.Web.Features.Cooperation;

/// <summary>A pair as staff see it.</summary>
public sealed record PairRow(int Id, CityCard Eu, CityCard Partner, IReadOnlyList<string> SharedThemes, int Score, bool Proposed);
