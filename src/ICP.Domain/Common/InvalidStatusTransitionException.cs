namespace ICP.Domain.Common;

/// <summary>A status change the transition table does not allow.</summary>
public sealed class InvalidStatusTransitionException(string from, string to)
    : DomainException("invalid-status-transition", $"An application cannot go from {from} to {to}.")
{
    public string From { get; } = from;

    public string To { get; } = to;
}
