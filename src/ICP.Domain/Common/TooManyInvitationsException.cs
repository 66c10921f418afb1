namespace ICP.Domain.Common;

/// <summary>A team has too many invitations pending, or sent too many today.</summary>
public sealed class TooManyInvitationsException(int maxPending, int maxPerDay)
    : DomainException("too-many-invitations", $"At most {maxPending} pending invitations and {maxPerDay} a day.")
{
    public int MaxPending { get; } = maxPending;

    public int MaxPerDay { get; } = maxPerDay;
}
