namespace ICP.Domain.Common;

/// <summary>A person already belongs to a local authority's team.</summary>
public sealed class AlreadyInTeamException()
    : DomainException("already-in-team", "The user already belongs to a local authority.");
