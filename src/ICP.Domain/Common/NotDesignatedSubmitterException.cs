namespace ICP.Domain.Common;

/// <summary>Only the local authority's designated submitter may submit or withdraw.</summary>
public sealed class NotDesignatedSubmitterException()
    : DomainException("not-designated-submitter", "Only the designated submitter may do this.");
