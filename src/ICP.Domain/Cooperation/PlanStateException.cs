using ICP.Domain.Common;

namespace ICP.Domain.Cooperation;

/// <summary>The step asked for does not fit the plan's state (publish before confirming, regenerate after publishing).</summary>
public sealed class PlanStateException(PlanState state, string step)
    : DomainException("plan-state", $"Cannot {step} a plan that is {state}.")
{
    public PlanState State { get; } = state;

    public string Step { get; } = step;
}
