using ICP.Domain.Activities;
using ICP.Web.Features.Programme;

namespace ICP.Web.Features.Activities;

/// <summary>An activity as the public lists show it; <see cref="RegistrationOpen"/> and <see cref="PlacesLeft"/> are the domain's answers at the request's instant.</summary>
public sealed record ActivityListItem(
    int Id, ActivityKind Kind, LocalisedText Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZoneId,
    string Place, string HostCity, bool TakesRegistrations, bool RegistrationOpen, int PlacesLeft);
