namespace ICP.Domain.Common;

/// <summary>The criteria cannot change once evaluation has started.</summary>
public sealed class CriteriaLockedException()
    : DomainException("criteria-locked", "Evaluation has started: the criteria can no longer change.");
