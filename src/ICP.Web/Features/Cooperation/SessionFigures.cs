using ICP.Domain.Activities;

namespace ICP.Web.Features.Cooperation;

/// <summary>An online session or the conference: its places, the registrations confirmed and waiting, and its outputs (public or not).</summary>
public sealed record SessionFigures(int Id, ActivityKind Kind, string Title, DateTimeOffset StartsAt, int? Capacity, int Confirmed, int Waiting, int Outputs);
