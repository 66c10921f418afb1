using ICP.Domain.Common;

namespace ICP.Domain.Cooperation;

/// <summary>Confirmation refused: some selected non-EU cities have no EU partner yet.</summary>
public sealed class PartnershipsIncompleteException(IReadOnlyList<int> withoutPartner)
    : DomainException("partnerships-incomplete", $"Without an EU partner: {string.Join(", ", withoutPartner)}.")
{
    public IReadOnlyList<int> WithoutPartner { get; } = withoutPartner;
}
