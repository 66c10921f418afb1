using ICP.Domain.Applications;
using ICP.Domain.Selection;

namespace ICP.Web.Features.Selection;

/// <summary>How many decisions share a group, outcome, state and application status.</summary>
public sealed record DecisionCount(string Group, DecisionOutcome Outcome, DecisionState State, ApplicationStatus Status, int Count);
