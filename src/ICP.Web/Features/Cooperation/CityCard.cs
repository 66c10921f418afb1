namespace ICP.Web.Features.Cooperation;

/// <summary>A selected city as the partnership pages show it.</summary>
public sealed record CityCard(int ApplicationId, string Reference, string Name, string CountryCode, string Country, bool IsEu, IReadOnlyList<string> Themes);
