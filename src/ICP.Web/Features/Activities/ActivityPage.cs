using ICP.Web.Features.Programme;

namespace ICP.Web.Features.Activities;

/// <summary>The public page of one activity.</summary>
public sealed record ActivityPage(
    ActivityListItem Activity, LocalisedText Description, LocalisedText Phase, LocalisedText? Theme, string Speakers, string Agenda,
    int? DelegateLimitPerCity, DateTimeOffset? DelegateCutoff, IReadOnlyList<ConferenceSessionItem> Sessions) : PublicPage;
