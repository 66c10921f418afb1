namespace ICP.Domain.Cooperation;

/// <summary>One pair of the proposal: an EU city and a non-EU city, with what they share and its score.</summary>
public sealed record ProposedPair(int EuApplicationId, int PartnerApplicationId, IReadOnlyList<string> SharedThemes, int Score);
