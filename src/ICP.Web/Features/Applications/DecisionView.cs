using ICP.Domain.Selection;

namespace ICP.Web.Features.Applications;

/// <summary>An application's selection decision as the staff page shows it.</summary>
public sealed record DecisionView(DecisionOutcome Outcome, DecisionState State)
{
    public bool IsReleased => State == DecisionState.Released;
}
