namespace ICP.Web.Features.Cooperation;

/// <summary>The cooperation phase at a glance for staff: registrations per session, delegates per visit, outputs received.</summary>
public sealed record CooperationDashboard(
    int ParticipatingCities, IReadOnlyList<SessionFigures> Sessions, IReadOnlyList<VisitFigures> Visits, int OutputsReceived, int OutputsAwaitingReview, int OutputsPublished);
