namespace ICP.Domain.Cooperation;

/// <summary>
/// How well two cities fit (ADR 14): for every theme both named, the sum of its weight for each
/// (primary 2, secondary 1). Same primary: 4; one's primary is the other's secondary: 3; same
/// secondary: 2; both themes shared: 6; nothing shared: 0.
/// </summary>
public static class PartnerScore
{
    public const int PrimaryWeight = 2;

    public const int SecondaryWeight = 1;

    /// <summary>The highest score a pair can have (both themes shared).</summary>
    public const int Maximum = 2 * (PrimaryWeight + SecondaryWeight);

    public static int Of(MatchingCity a, MatchingCity b) => SharedThemes(a, b).Sum(t => a.WeightOf(t) + b.WeightOf(t));

    /// <summary>The themes both cities named, in the first city's order of priority.</summary>
    public static IReadOnlyList<string> SharedThemes(MatchingCity a, MatchingCity b) =>
        [.. a.Themes.Where(t => b.WeightOf(t) > 0)];
}
