namespace ICP.Domain.Common;

/// <summary>An evaluator was to be given an application they declared a conflict of interest with.</summary>
public sealed class ConflictOfInterestException()
    : DomainException("conflict-of-interest", "The evaluator declared a conflict of interest with this application.");
