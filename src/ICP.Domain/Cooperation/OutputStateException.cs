using ICP.Domain.Common;

namespace ICP.Domain.Cooperation;

/// <summary>A review that would leave an output where it already is (published twice, kept off twice).</summary>
public sealed class OutputStateException(OutputState state)
    : DomainException("output-state", $"The output is already {state}.")
{
    public OutputState State { get; } = state;
}
