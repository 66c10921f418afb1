namespace ICP.Domain.Authorities;

/// <summary>An officer in a local authority's team.</summary>
public sealed class AuthorityMember
{
    private AuthorityMember()
    {
        UserId = string.Empty;
    }

    internal AuthorityMember(string userId, DateTimeOffset joinedAt)
    {
        UserId = userId;
        JoinedAt = joinedAt.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int LocalAuthorityId { get; private set; }

    public string UserId { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }
}
