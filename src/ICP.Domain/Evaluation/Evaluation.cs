using ICP.Domain.Common;
using ICP.Domain.Programme;

namespace ICP.Domain.Evaluation;

/// <summary>
/// One evaluator's scores for one application: 0–5 per criterion with a comment, a weighted total
/// out of 100, and whether each criterion's threshold is met. Final once submitted.
/// </summary>
public sealed class Evaluation
{
    private readonly List<CriterionScore> _scores = [];

    private Evaluation()
    {
        EvaluatorId = string.Empty;
        Comment = string.Empty;
    }

    public Evaluation(int assignmentId, int applicationId, string evaluatorId, int versionNumber)
    {
        AssignmentId = assignmentId;
        ApplicationId = applicationId;
        EvaluatorId = evaluatorId;
        VersionNumber = versionNumber;
        Comment = string.Empty;
        Status = EvaluationStatus.Draft;
        ConcurrencyToken = Guid.NewGuid();
    }

    public int Id { get; private set; }

    public int AssignmentId { get; private set; }

    public int ApplicationId { get; private set; }

    public string EvaluatorId { get; private set; }

    /// <summary>The submitted version evaluated (the last one before the deadline).</summary>
    public int VersionNumber { get; private set; }

    public EvaluationStatus Status { get; private set; }

    public string Comment { get; private set; }

    public decimal? WeightedTotal { get; private set; }

    public bool? MeetsThresholds { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public Guid ConcurrencyToken { get; private set; }

    public IReadOnlyCollection<CriterionScore> Scores => _scores;

    /// <summary>Saves scores and comments as a draft; submitted evaluations are final.</summary>
    public void SaveDraft(IEnumerable<(int CriterionId, int? Score, string Comment)> scores, string comment)
    {
        if (Status == EvaluationStatus.Submitted)
        {
            throw new EvaluationFinalException();
        }

        var batch = scores.ToList();
        if (batch.Any(s => s.Score is < 0 or > EvaluationCriterion.MaxScore))
        {
            // Checked before anything changes: a refused batch leaves the draft as it was.
            throw new ScoreOutOfRangeException();
        }

        foreach (var (criterionId, score, text) in batch)
        {
            var existing = _scores.FirstOrDefault(s => s.CriterionId == criterionId);
            if (existing is null)
            {
                _scores.Add(new CriterionScore(criterionId, score, text));
            }
            else
            {
                existing.Set(score, text);
            }
        }

        Comment = comment.Trim();
        ConcurrencyToken = Guid.NewGuid();
    }

    /// <summary>Submits: every criterion must be scored. Computes the weighted total and the thresholds.</summary>
    public void Submit(IReadOnlyCollection<EvaluationCriterion> criteria, DateTimeOffset now)
    {
        if (Status == EvaluationStatus.Submitted)
        {
            return;
        }

        var missing = criteria.Where(c => _scores.FirstOrDefault(s => s.CriterionId == c.Id)?.Score is null).Select(c => c.Id).ToList();
        if (missing.Count > 0)
        {
            throw new EvaluationIncompleteException(missing);
        }

        var scores = _scores.ToDictionary(s => s.CriterionId, s => (decimal)s.Score!.Value);
        WeightedTotal = Scoring.WeightedTotal(criteria, scores);
        MeetsThresholds = Scoring.MeetsThresholds(criteria, scores);
        Status = EvaluationStatus.Submitted;
        SubmittedAt = now.ToUniversalTime();
        ConcurrencyToken = Guid.NewGuid();
    }
}
