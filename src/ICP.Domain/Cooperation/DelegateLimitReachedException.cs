using ICP.Domain.Common;

namespace ICP.Domain.Cooperation;

/// <summary>The city already registered as many delegates as the visit allows per city.</summary>
public sealed class DelegateLimitReachedException(int limit)
    : DomainException("delegate-limit-reached", $"At most {limit} delegates per city.")
{
    public int Limit { get; } = limit;
}
