namespace ICP.Web.Features.Evaluation;

public sealed record EvaluationOverviewPage(
    IReadOnlyList<EvaluatorLoad> Evaluators, int Applications, int FullyAssigned, int Evaluated, bool CriteriaLocked, IReadOnlyList<CriterionView> Criteria, int PerApplication);
