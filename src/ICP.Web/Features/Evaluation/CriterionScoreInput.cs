namespace ICP.Web.Features.Evaluation;

public sealed class CriterionScoreInput
{
    public int CriterionId { get; set; }

    public int? Score { get; set; }

    public string Comment { get; set; } = string.Empty;
}
