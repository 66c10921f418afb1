using ICP.Domain.Programme;

namespace ICP.Domain.Evaluation;

/// <summary>
/// The application's consolidated evaluation: the mean of the evaluators' weighted totals, the
/// spread between them (flagged when large), whether the mean score on each threshold criterion
/// reaches it, whether the application passes, and the panel's consensus comment.
/// </summary>
public sealed class ApplicationScore
{
    private ApplicationScore()
    {
        ConsensusComment = string.Empty;
    }

    public ApplicationScore(int applicationId)
    {
        ApplicationId = applicationId;
        ConsensusComment = string.Empty;
    }

    public int ApplicationId { get; private set; }

    public int EvaluationCount { get; private set; }

    public decimal? Mean { get; private set; }

    /// <summary>Highest minus lowest weighted total.</summary>
    public decimal? Spread { get; private set; }

    public bool MeetsThresholds { get; private set; }

    /// <summary>Mean at or above the pass mark, thresholds met, at least <see cref="MinimumEvaluations"/> evaluations.</summary>
    public bool Passes { get; private set; }

    public string ConsensusComment { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// Renewed by every change: two evaluators submitting at the same moment each recompute from
    /// what they read, so the second write must fail and be redone on fresh data, not overwrite.
    /// </summary>
    public Guid Version { get; private set; }

    public const int MinimumEvaluations = 2;

    /// <summary>
    /// Whether evaluation has shown the application falls short (a threshold, or with enough
    /// evaluations the pass mark), rather than merely waiting for its second evaluation.
    /// </summary>
    public static bool IsBelowThreshold(int evaluationCount, bool meetsThresholds, bool passes) =>
        evaluationCount > 0 && (!meetsThresholds || (evaluationCount >= MinimumEvaluations && !passes));

    public bool IsSpreadLarge(decimal limit) => IsSpreadLarge(Spread, limit);

    /// <summary>Whether evaluators disagree enough for staff screens to flag it: the spread is above the limit.</summary>
    public static bool IsSpreadLarge(decimal? spread, decimal limit) => spread is { } points && points > limit;

    /// <summary>Recomputes from the submitted evaluations.</summary>
    public void Recompute(IReadOnlyCollection<EvaluationCriterion> criteria, IEnumerable<Evaluation> evaluations, int passMark, DateTimeOffset now)
    {
        var submitted = evaluations.Where(e => e.Status == EvaluationStatus.Submitted).ToList();
        EvaluationCount = submitted.Count;
        UpdatedAt = now.ToUniversalTime();
        Version = Guid.NewGuid();
        if (submitted.Count == 0)
        {
            Mean = null;
            Spread = null;
            MeetsThresholds = false;
            Passes = false;
            return;
        }

        var totals = submitted.Select(e => e.WeightedTotal!.Value).ToList();
        Mean = Math.Round(totals.Average(), 2, MidpointRounding.AwayFromZero);
        Spread = totals.Max() - totals.Min();
        var meanPerCriterion = criteria.ToDictionary(
            c => c.Id,
            c => submitted.Average(e => (decimal)(e.Scores.First(s => s.CriterionId == c.Id).Score ?? 0)));
        MeetsThresholds = Scoring.MeetsThresholds(criteria, meanPerCriterion);
        Passes = MeetsThresholds && Mean >= passMark && submitted.Count >= MinimumEvaluations;
    }

    public void SetConsensus(string comment, DateTimeOffset now)
    {
        ConsensusComment = comment.Trim();
        UpdatedAt = now.ToUniversalTime();
        Version = Guid.NewGuid();
    }
}
