namespace ICP.Domain.Common;

/// <summary>A status override that would bypass the selection (its decisions go through the boards and their release).</summary>
public sealed class OverrideNotAllowedException()
    : DomainException("override-not-allowed", "Selection outcomes are set by releasing decisions, not by an override.");
