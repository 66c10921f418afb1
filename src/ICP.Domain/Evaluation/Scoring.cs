using ICP.Domain.Programme;

namespace ICP.Domain.Evaluation;

/// <summary>The arithmetic of evaluation: weighted totals, thresholds, consolidation.</summary>
public static class Scoring
{
    /// <summary>Σ weight × score / 5, out of 100, rounded to two decimals.</summary>
    public static decimal WeightedTotal(IEnumerable<EvaluationCriterion> criteria, IReadOnlyDictionary<int, decimal> scores) =>
        Math.Round(criteria.Sum(c => c.Weight * scores.GetValueOrDefault(c.Id) / EvaluationCriterion.MaxScore), 2, MidpointRounding.AwayFromZero);

    /// <summary>Every criterion with a threshold scored at least that threshold.</summary>
    public static bool MeetsThresholds(IEnumerable<EvaluationCriterion> criteria, IReadOnlyDictionary<int, decimal> scores) =>
        criteria.All(c => c.Threshold is not { } threshold || scores.GetValueOrDefault(c.Id) >= threshold);
}
