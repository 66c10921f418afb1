namespace ICP.Domain.Common;

/// <summary>Only an application that was evaluated and passed can be selected or put on the reserve list.</summary>
public sealed class NotSelectableException(string reason)
    : DomainException("not-selectable", reason);
