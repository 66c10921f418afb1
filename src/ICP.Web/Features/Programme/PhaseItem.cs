using ICP.Domain.Programme;

namespace ICP.Web.Features.Programme;

public sealed record PhaseItem(
    int Order, PhaseKind Kind, LocalisedText Title, LocalisedText Description, DateOnly StartDate, DateOnly EndDate,
    PhaseVenue Venue, int? PlannedDurationDays, bool IsOpenToPublic, PhaseTiming Timing);
