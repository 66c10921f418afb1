namespace ICP.Domain.Cooperation;

/// <summary>What a participating city hands in during the cooperation phase.</summary>
public enum OutputKind
{
    /// <summary>The local action plan the city adopts from what it learned (the IUC precedent: one per partnership).</summary>
    LocalActionPlan,

    /// <summary>A note on a good practice the city shares with its partners.</summary>
    GoodPracticeNote,
}
