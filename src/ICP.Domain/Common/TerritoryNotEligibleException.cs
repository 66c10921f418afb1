namespace ICP.Domain.Common;

/// <summary>The country is not one the call's quota groups cover.</summary>
public sealed class TerritoryNotEligibleException(string countryCode)
    : DomainException("territory-not-eligible", $"{countryCode} is not covered by the call.");
