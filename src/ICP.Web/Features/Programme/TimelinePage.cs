namespace ICP.Web.Features.Programme;

public sealed record TimelinePage(CallSummary Call, IReadOnlyList<PhaseItem> Phases, IReadOnlyList<EventItem> Events, DateOnly Today) : PublicPage;
