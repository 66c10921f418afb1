namespace ICP.Domain.Common;

/// <summary>A revision of the criteria that breaks their arithmetic: weights 1–100 adding up to 100, thresholds 0–5.</summary>
public sealed class CriteriaInvalidException(int weightTotal)
    : DomainException("criteria-invalid", $"Weights must be 1–100 and add up to 100 (they add up to {weightTotal}); thresholds must be 0–5.")
{
    public int WeightTotal { get; } = weightTotal;
}
