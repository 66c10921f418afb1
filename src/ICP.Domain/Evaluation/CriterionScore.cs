namespace ICP.Domain.Evaluation;

/// <summary>A score (0–5) and comment on one criterion.</summary>
public sealed class CriterionScore
{
    private CriterionScore()
    {
        Comment = string.Empty;
    }

    internal CriterionScore(int criterionId, int? score, string comment)
    {
        CriterionId = criterionId;
        Set(score, comment);
        Comment = comment.Trim();
    }

    public int Id { get; private set; }

    public int EvaluationId { get; private set; }

    public int CriterionId { get; private set; }

    public int? Score { get; private set; }

    public string Comment { get; private set; }

    internal void Set(int? score, string comment)
    {
        Score = score;
        Comment = comment.Trim();
    }
}
