namespace ICP.Domain.Evaluation;

public enum EvaluationStatus
{
    Draft,
    Submitted,
}
