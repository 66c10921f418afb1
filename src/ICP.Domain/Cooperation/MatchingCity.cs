namespace ICP.Domain.Cooperation;

/// <summary>
/// A selected city as the matching sees it: its application, its country or territory, whether it
/// is an EU city, and the themes it gave in its application (primary first, secondary optional).
/// </summary>
public sealed record MatchingCity(int ApplicationId, string TerritoryCode, bool IsEu, string? PrimaryTheme, string? SecondaryTheme)
{
    /// <summary>The weight of a theme for this city: 2 for its primary theme, 1 for its secondary, 0 otherwise.</summary>
    public int WeightOf(string theme) =>
        theme == PrimaryTheme ? PartnerScore.PrimaryWeight : theme == SecondaryTheme ? PartnerScore.SecondaryWeight : 0;

    /// <summary>The city's themes in its order of priority.</summary>
    public IReadOnlyList<string> Themes =>
        [.. new[] { PrimaryTheme, SecondaryTheme }.Where(t => !string.IsNullOrEmpty(t)).Select(t => t!).Distinct(StringComparer.Ordinal)];
}
