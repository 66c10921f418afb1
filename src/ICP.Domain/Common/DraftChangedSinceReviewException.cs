namespace ICP.Domain.Common;

/// <summary>The draft changed (a step saved, another letter uploaded) after the officer opened the review page they submitted from.</summary>
public sealed class DraftChangedSinceReviewException()
    : DomainException("draft-changed-since-review", "The draft changed after it was reviewed.");
