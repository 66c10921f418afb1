namespace ICP.Web.Features.Evaluation;

public sealed record AutoAssignResult(int Made, IReadOnlyList<string> ShortOfEvaluators);
