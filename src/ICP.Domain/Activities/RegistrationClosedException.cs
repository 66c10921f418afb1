using ICP.Domain.Common;

namespace ICP.Domain.Activities;

/// <summary>Registration (or confirming one) asked for at or after the activity's start, when it closes.</summary>
public sealed class RegistrationClosedException(DateTimeOffset startsAt)
    : DomainException("registration-closed", $"Registration closed at the start, {startsAt:O}.")
{
    public DateTimeOffset StartsAt { get; } = startsAt;
}
