using ICP.Domain.Activities;

namespace ICP.Web.Features.Activities;

/// <summary>A registration as staff see it.</summary>
public sealed record RegistrationRow(
    int Id, string Name, string Email, string Organisation, string CountryCode, RegistrationStatus Status,
    DateTimeOffset RegisteredAt, DateTimeOffset? ConfirmedAt, DateTimeOffset? WaitingSince, DateTimeOffset? CancelledAt);
