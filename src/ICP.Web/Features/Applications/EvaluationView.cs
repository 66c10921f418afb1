using ICP.Domain.Evaluation;

namespace ICP.Web.Features.Applications;

public sealed record EvaluationView(
    string Evaluator, EvaluationStatus Status, decimal? WeightedTotal, bool? MeetsThresholds, string Comment, DateTimeOffset? SubmittedAt,
    IReadOnlyList<(string Criterion, int? Score, string Comment)> Scores);
