using ICP.Domain.Activities;

namespace ICP.Web.Features.Cooperation;

/// <summary>
/// The delegations of a study visit or the closing conference for staff: every participating city
/// with its delegates, and the form to change them. For the conference, the places kept for the
/// cities and when the unused ones went to the public (<see cref="CityPlaces"/>).
/// </summary>
public sealed record VisitDelegatesPage(
    int ActivityId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string HostCity, int Limit, DateTimeOffset Cutoff, bool OpenToCities,
    IReadOnlyList<CityDelegation> Cities, DelegateForm Form, int? FormCity = null)
{
    public ActivityKind Kind { get; init; } = ActivityKind.StudyVisit;

    /// <summary>Conference only: the kept places, the places the delegates hold now, the capacity, and the release instant.</summary>
    public ConferenceCityPlaces? CityPlaces { get; init; }
}
