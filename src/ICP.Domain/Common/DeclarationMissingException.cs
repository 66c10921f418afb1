namespace ICP.Domain.Common;

/// <summary>An evaluator has not confirmed their declaration of conflicts yet, so may not see files.</summary>
public sealed class DeclarationMissingException()
    : DomainException("declaration-missing", "The evaluator has not confirmed the declaration of conflicts of interest.");
