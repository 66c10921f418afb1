using ICP.Domain.Applications;
using ICP.Domain.Selection;

namespace ICP.Web.Features.Selection;

public sealed record BoardCandidate(
    int ApplicationId, string Reference, string Authority, string Country, ApplicationStatus Status, decimal? Score, decimal? Spread, int Evaluations,
    bool Passes, DecisionOutcome? Outcome, DecisionState? State, int? ReserveRank, int Rank, bool CanStage, bool BelowThreshold);
