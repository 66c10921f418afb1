namespace ICP.Web.Features.Cooperation;

/// <summary>The city's private calendar address as the workspace tells of it (never the address itself: only its hash is kept).</summary>
public sealed record CalendarFeedStatus(DateTimeOffset IssuedAt, string IssuedByName);
