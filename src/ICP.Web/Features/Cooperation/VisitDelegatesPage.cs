namespace ICP.Web.Features.Cooperation;

/// <summary>A study visit's delegations for staff: every participating city with its delegates, and the form to change them.</summary>
public sealed record VisitDelegatesPage(
    int ActivityId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string HostCity, int Limit, DateTimeOffset Cutoff, bool OpenToCities,
    IReadOnlyList<CityDelegation> Cities, DelegateForm Form, int? FormCity = null);
