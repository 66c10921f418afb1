namespace ICP.Domain.Common;

/// <summary>A released decision is final: it changes only by promotion or a recorded withdrawal.</summary>
public sealed class DecisionReleasedException()
    : DomainException("decision-released", "This decision was released and can no longer be changed.");
