using ICP.Domain.Evaluation;

namespace ICP.Web.Features.Evaluation;

public sealed record AssignmentRow(int ApplicationId, string Reference, string Authority, string Country, EvaluationStatus? Status, decimal? WeightedTotal);
