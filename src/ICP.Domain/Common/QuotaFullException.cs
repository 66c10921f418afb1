namespace ICP.Domain.Common;

/// <summary>The quota group has no seat left.</summary>
public sealed class QuotaFullException(string group, int seats)
    : DomainException("quota-full", $"Quota group {group} already has its {seats} seats filled.")
{
    public string Group { get; } = group;

    public int Seats { get; } = seats;
}
