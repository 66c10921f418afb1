using ICP.Domain.Activities;

namespace ICP.Web.Features.Activities;

/// <summary>One line of the staff list of activities, with its registrations counted by status.</summary>
public sealed record StaffActivityRow(
    int Id, ActivityKind Kind, string Title, DateTimeOffset StartsAt, string TimeZoneId, bool IsPublic,
    int Confirmed, int Waiting, int AwaitingConfirmation, int PublicPlaces);
