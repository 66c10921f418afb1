using ICP.Domain.Evaluation;
using ICP.Web.Features.Applications;

namespace ICP.Web.Features.Evaluation;

public sealed record ScorePage(
    int ApplicationId, string Reference, string Authority, int VersionNumber, SubmissionContent Content, int? DocumentId,
    IReadOnlyList<CriterionView> Criteria, ScoreForm Form, EvaluationStatus? Status, decimal? WeightedTotal, bool? MeetsThresholds,
    IReadOnlyList<EvaluationView> OthersSubmitted, int OthersHidden, IReadOnlyDictionary<string, string> ThemeNames);
