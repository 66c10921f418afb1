using ICP.Domain.Activities;
using ICP.Web.Features.Programme;

namespace ICP.Web.Features.Cooperation;

/// <summary>
/// An activity still to come as a participating city's workspace shows it; for a study visit, the
/// city's delegates, the limit, the cut-off and whether the city may still change them itself.
/// </summary>
public sealed record UpcomingActivity(
    int Id, ActivityKind Kind, LocalisedText Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZoneId, string HostCity, string Place,
    int? DelegateLimit, DateTimeOffset? Cutoff, bool AcceptsDelegates, IReadOnlyList<DelegateRow> Delegates);
