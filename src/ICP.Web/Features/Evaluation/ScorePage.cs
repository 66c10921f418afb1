using ICP.Domain.Applications;
using ICP.Domain.Evaluation;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Evaluation;

public sealed record ScorePage(
    int ApplicationId, string Reference, string Authority, int VersionNumber, SubmissionContent Content, int? DocumentId,
    IReadOnlyList<CriterionView> Criteria, ScoreForm Form, EvaluationStatus? Status, decimal? WeightedTotal, bool? MeetsThresholds,
    IReadOnlyList<EvaluationView> OthersSubmitted, int OthersHidden, IReadOnlyDictionary<string, string> ThemeNames);
