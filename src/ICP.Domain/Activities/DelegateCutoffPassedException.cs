using ICP.Domain.Common;

namespace ICP.Domain.Activities;

/// <summary>A city changed its delegates to a study visit at or after the cut-off: changes then go through staff.</summary>
public sealed class DelegateCutoffPassedException(DateTimeOffset cutoff)
    : DomainException("delegate-cutoff-passed", $"Delegates were due before {cutoff:O}.")
{
    public DateTimeOffset Cutoff { get; } = cutoff;
}
