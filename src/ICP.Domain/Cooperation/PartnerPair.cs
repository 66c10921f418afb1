namespace ICP.Domain.Cooperation;

/// <summary>
/// One EU city and one non-EU city working together. Ended pairs are kept (with who, when and why)
/// so that a city that left is still seen as having left, and its partner as needing a new one.
/// </summary>
public sealed class PartnerPair
{
    public const int SharedThemesLength = 200;

    private PartnerPair()
    {
        PartnerTerritoryCode = string.Empty;
        SharedThemes = string.Empty;
        CreatedBy = string.Empty;
    }

    internal PartnerPair(MatchingCity eu, MatchingCity partner, bool proposed, string by, DateTimeOffset at)
    {
        EuApplicationId = eu.ApplicationId;
        PartnerApplicationId = partner.ApplicationId;
        PartnerTerritoryCode = partner.TerritoryCode;
        SharedThemes = string.Join(',', PartnerScore.SharedThemes(partner, eu));
        Score = PartnerScore.Of(eu, partner);
        Proposed = proposed;
        CreatedBy = by;
        CreatedAt = at.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int CooperationPlanId { get; private set; }

    public int EuApplicationId { get; private set; }

    public int PartnerApplicationId { get; private set; }

    /// <summary>The non-EU city's country or territory: the pair's cluster.</summary>
    public string PartnerTerritoryCode { get; private set; }

    /// <summary>Theme slugs both cities named, comma-separated, in the non-EU city's order of priority.</summary>
    public string SharedThemes { get; private set; }

    public int Score { get; private set; }

    /// <summary>True when the portal's proposal made it; false when staff added it by hand.</summary>
    public bool Proposed { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public string? EndedBy { get; private set; }

    public PairEnd? EndedBecause { get; private set; }

    public string? EndReason { get; private set; }

    public bool IsActive => EndedAt is null;

    public IReadOnlyList<string> SharedThemeSlugs => SharedThemes.Length == 0 ? [] : SharedThemes.Split(',');

    public bool Involves(int applicationId) => EuApplicationId == applicationId || PartnerApplicationId == applicationId;

    public int OtherThan(int applicationId) => EuApplicationId == applicationId ? PartnerApplicationId : EuApplicationId;

    internal void End(PairEnd because, string reason, string by, DateTimeOffset at)
    {
        EndedAt = at.ToUniversalTime();
        EndedBy = by;
        EndedBecause = because;
        EndReason = reason.Trim();
    }
}
