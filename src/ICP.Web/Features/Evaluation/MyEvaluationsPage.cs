namespace ICP.Web.Features.Evaluation;

public sealed record MyEvaluationsPage(bool DeclarationConfirmed, IReadOnlyList<AssignmentRow> Assignments);
