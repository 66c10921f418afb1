namespace ICP.Web.Features.Cooperation;

/// <summary>A pair on the public page.</summary>
public sealed record PublicPair(CityCard Eu, CityCard Partner, IReadOnlyList<string> SharedThemes);
