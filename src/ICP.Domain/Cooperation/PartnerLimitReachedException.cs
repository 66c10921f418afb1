using ICP.Domain.Common;

namespace ICP.Domain.Cooperation;

/// <summary>A city would have more partners than the plan's limit.</summary>
public sealed class PartnerLimitReachedException(int applicationId, int limit)
    : DomainException("partner-limit-reached", $"Application {applicationId} already has {limit} partners.")
{
    public int ApplicationId { get; } = applicationId;

    public int Limit { get; } = limit;
}
