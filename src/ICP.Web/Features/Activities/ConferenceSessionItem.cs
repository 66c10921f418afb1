namespace ICP.Web.Features.Activities;

/// <summary>One session of the conference's programme, for the public page.</summary>
public sealed record ConferenceSessionItem(string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Speakers);
