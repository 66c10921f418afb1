namespace ICP.Domain.Selection;

/// <summary>What a release did: the decisions released, and the applications' statuses to apply with them.</summary>
public sealed record SelectionRelease(IReadOnlyList<SelectionDecision> Released, IReadOnlyList<StatusChange> StatusChanges);
