using ICP.Domain.Activities;
using ICP.Web.Features.Programme;

namespace ICP.Web.Features.Cooperation;

/// <summary>
/// An activity still to come as a participating city's workspace shows it; for one that takes
/// delegates (a study visit, the conference keeping places for the cities), the city's delegates,
/// the limit, the cut-off and whether the city may still change them itself. For the conference,
/// <see cref="CityPlacesFree"/> is how many of the places kept for all cities are still free (null
/// for a study visit, which has no such pool).
/// </summary>
public sealed record UpcomingActivity(
    int Id, ActivityKind Kind, LocalisedText Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZoneId, string HostCity, string Place,
    int? DelegateLimit, DateTimeOffset? Cutoff, bool AcceptsDelegates, IReadOnlyList<DelegateRow> Delegates, int? CityPlacesFree = null)
{
    /// <summary>Whether the public sees it (its public page exists).</summary>
    public bool IsPublic { get; init; }

    /// <summary>Conference: its kept places are still the cities' alone (not yet released to the public).</summary>
    public bool DelegatesFirst { get; init; }

    /// <summary>Whether cities send delegates to it (a limit per city is set).</summary>
    public bool TakesDelegates => DelegateLimit is not null;

    /// <summary>Whether the city may add one more delegate now: before the cut-off, under its limit, and (conference) while a kept place is free.</summary>
    public bool MayAddDelegate => AcceptsDelegates && Delegates.Count < (DelegateLimit ?? 0) && CityPlacesFree is null or > 0;
}
