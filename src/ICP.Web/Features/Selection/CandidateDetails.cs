namespace ICP.Web.Features.Selection;

/// <summary>What the board page shows of a candidate beyond what the board's rules need.</summary>
public sealed record CandidateDetails(string Authority, decimal? Spread, int Evaluations, bool MeetsThresholds);
