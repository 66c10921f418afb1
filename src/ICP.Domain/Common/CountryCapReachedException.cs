namespace ICP.Domain.Common;

/// <summary>The country already has as many selected cities as the group's per-country cap allows.</summary>
public sealed class CountryCapReachedException(string country, int cap)
    : DomainException("country-cap-reached", $"{country} already has {cap} selected cities.")
{
    public string Country { get; } = country;

    public int Cap { get; } = cap;
}
