namespace ICP.Web.Features.Programme;

/// <summary>What actually took place, on /timeline: a recorded programme event, or an activity (with its page, <see cref="ActivityId"/>).</summary>
public sealed record EventItem(
    LocalisedText Title, string Description, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string Location, bool IsOnline, int? PhaseOrder, int? ActivityId = null);
