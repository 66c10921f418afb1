namespace ICP.Domain.Programme;

/// <summary>One local authority may submit until <see cref="Until"/>, whatever the call's deadline.</summary>
public sealed class IndividualExtension
{
    private IndividualExtension()
    {
        Reason = string.Empty;
        GrantedBy = string.Empty;
    }

    internal IndividualExtension(int localAuthorityId, DateTimeOffset until, string reason, string grantedBy, DateTimeOffset grantedAt)
    {
        LocalAuthorityId = localAuthorityId;
        Until = until.ToUniversalTime();
        Reason = DeadlineExtension.RequireText(reason);
        GrantedBy = grantedBy;
        GrantedAt = grantedAt.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int CallId { get; private set; }

    public int LocalAuthorityId { get; private set; }

    /// <summary>The expiry: requests arriving before this instant are on time for this authority.</summary>
    public DateTimeOffset Until { get; private set; }

    public string Reason { get; private set; }

    public string GrantedBy { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public bool IsActive => RevokedAt is null;

    internal void Revoke(string by, DateTimeOffset at)
    {
        RevokedAt ??= at.ToUniversalTime();
        RevokedBy ??= by;
    }
}
