namespace ICP.Web.Features.Activities;

/// <summary>
/// One event of an iCalendar file: a timed activity (start and end instants, read in
/// <see cref="TimeZoneId"/>), or a planned phase spanning whole days (<see cref="FirstDay"/> to
/// <see cref="LastDay"/>, inclusive). <see cref="Uid"/> never changes for the same thing; <see cref="Sequence"/> grows with each edit.
/// </summary>
public sealed record CalendarEntry(
    string Uid, int Sequence, string Title, string Description, string Location, string? Url, DateTimeOffset Stamp,
    DateTimeOffset? StartsAt = null, DateTimeOffset? EndsAt = null, string? TimeZoneId = null, DateOnly? FirstDay = null, DateOnly? LastDay = null);
