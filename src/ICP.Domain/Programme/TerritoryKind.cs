namespace ICP.Domain.Programme;

/// <summary>Whether a place is a sovereign country or a territory (Hong Kong SAR, Taiwan in EU usage).</summary>
public enum TerritoryKind
{
    Country,
    Territory,
}
