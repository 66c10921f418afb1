namespace ICP.Domain.Activities;

/// <summary>
/// What a participant's calendar shows of an activity and acts on: its title, when (start, end, the
/// zone they are read in), where (host city and place) and how to join. An edit that changes any of
/// these is one the people taking part are told of, with the updated calendar file; an edit of
/// anything else (the description, the agenda, speakers, capacity, the delegate limit) is not
/// (ADR 21): the public feed and the activity's own .ics still carry it.
/// </summary>
public sealed record CalendarFacts(
    string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZoneId, string HostCity, string Place, string JoiningLink)
{
    /// <summary>Whether participants are to be told of the change from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static bool TellParticipants(CalendarFacts before, CalendarFacts after) => before != after;
}
