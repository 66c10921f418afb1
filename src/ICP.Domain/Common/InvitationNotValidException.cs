namespace ICP.Domain.Common;

/// <summary>An invitation that is unknown, used, revoked or past its expiry.</summary>
public sealed class InvitationNotValidException()
    : DomainException("invitation-not-valid", "The invitation is not valid.");
