namespace ICP.Domain.Common;

/// <summary>A staff invitation for an account that cannot take the role.</summary>
public sealed class StaffRoleRefusedException(bool belongsToCity)
    : DomainException("staff-role-refused", belongsToCity ? "The account belongs to a city's team." : "The account already holds the other staff role.")
{
    public bool BelongsToCity { get; } = belongsToCity;
}
