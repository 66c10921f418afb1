namespace ICP.Domain.Common;

/// <summary>An application that may not be anonymised (yet): selected or still in the running, or its retention period not over.</summary>
public sealed class AnonymisationRefusedException(string reference)
    : DomainException("anonymisation-refused", $"{reference} may not be anonymised now.");
