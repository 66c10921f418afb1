namespace ICP.Web.Features.Applications;

/// <summary>
/// An application's consolidated score as the staff page shows it; whether the spread is large is
/// the domain's answer (<c>ApplicationScore.IsSpreadLarge</c>) at the configured limit, not the view's.
/// </summary>
public sealed record ConsolidatedScoreView(
    int EvaluationCount, decimal? Mean, decimal? Spread, bool MeetsThresholds, bool Passes, string ConsensusComment, bool SpreadIsLarge);
