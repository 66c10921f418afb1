namespace ICP.Domain.Activities;

/// <summary>One session of the closing conference's programme, as staff enter it.</summary>
public sealed record ConferenceSessionDetails(string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Speakers);
