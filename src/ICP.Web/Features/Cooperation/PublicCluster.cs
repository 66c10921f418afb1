namespace ICP.Web.Features.Cooperation;

/// <summary>A cluster on the public page: a partner country's cities with their EU partners.</summary>
public sealed record PublicCluster(string CountryCode, string Country, IReadOnlyList<PublicPair> Pairs, IReadOnlyList<string> Themes);
