namespace ICP.Domain.Activities;

/// <summary>
/// What staff say about an activity, in one shape for every kind; the fields another kind does not
/// use are left empty (the activity refuses the ones a kind needs and lacks, see <see cref="ActivityProblem"/>).
/// Instants are absolute; <paramref name="TimeZoneId"/> (IANA) is the zone of the place, in which people read them.
/// </summary>
public sealed record ActivityDetails(
    string Title,
    string Description,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZoneId,
    bool IsPublic,
    string? HostCity = null,
    string? Place = null,
    string? Agenda = null,
    int? DelegateLimitPerCity = null,
    DateTimeOffset? DelegateCutoff = null,
    string? ThemeSlug = null,
    string? Speakers = null,
    string? JoiningLink = null,
    int? Capacity = null,
    int PlacesForCities = 0,
    IReadOnlyList<ConferenceSessionDetails>? Programme = null);
