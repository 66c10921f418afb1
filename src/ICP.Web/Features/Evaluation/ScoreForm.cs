namespace ICP.Web.Features.Evaluation;

/// <summary>The evaluator's scores as posted: one score (0–5, or none yet) and comment per criterion, and an overall comment.</summary>
public sealed class ScoreForm
{
    public List<CriterionScoreInput> Scores { get; set; } = [];

    public string Comment { get; set; } = string.Empty;
}
