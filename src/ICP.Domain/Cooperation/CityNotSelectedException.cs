using ICP.Domain.Common;

namespace ICP.Domain.Cooperation;

/// <summary>Only selected cities (released, not declined) can be placed in a cluster or a pair.</summary>
public sealed class CityNotSelectedException(int applicationId)
    : DomainException("city-not-selected", $"Application {applicationId} is not a selected city.");
