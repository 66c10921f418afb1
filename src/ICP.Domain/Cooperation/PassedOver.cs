namespace ICP.Domain.Cooperation;

/// <summary>An alternative partner the proposal passed over, with its score and why.</summary>
public sealed record PassedOver(int ApplicationId, int OtherApplicationId, IReadOnlyList<string> SharedThemes, int Score, PassedOverReason Reason);
