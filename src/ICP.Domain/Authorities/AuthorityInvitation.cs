namespace ICP.Domain.Authorities;

/// <summary>An e-mailed invitation to join a team. Only a hash of its token is stored.</summary>
public sealed class AuthorityInvitation
{
    private AuthorityInvitation()
    {
        Email = string.Empty;
        TokenHash = string.Empty;
        InvitedBy = string.Empty;
    }

    internal AuthorityInvitation(string email, string tokenHash, string invitedBy, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Email = email.Trim();
        TokenHash = tokenHash;
        InvitedBy = invitedBy;
        CreatedAt = createdAt.ToUniversalTime();
        ExpiresAt = expiresAt.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int LocalAuthorityId { get; private set; }

    public string Email { get; private set; }

    public string TokenHash { get; private set; }

    public string InvitedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public string? AcceptedBy { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsPending(DateTimeOffset now) => AcceptedAt is null && RevokedAt is null && now < ExpiresAt;

    internal void Accept(string userId, DateTimeOffset now)
    {
        AcceptedAt = now.ToUniversalTime();
        AcceptedBy = userId;
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now.ToUniversalTime();
}
