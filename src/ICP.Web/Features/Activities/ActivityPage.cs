using ICP.Web.Features.Programme;

namespace ICP.Web.Features.Activities;

/// <summary>The public page of one activity.</summary>
public sealed record ActivityPage(
    ActivityListItem Activity, LocalisedText Description, LocalisedText Phase, LocalisedText? Theme, string Speakers, string Agenda,
    int? DelegateLimitPerCity, DateTimeOffset? DelegateCutoff, IReadOnlyList<ConferenceSessionItem> Sessions) : PublicPage
{
    /// <summary>The outputs staff made public (slides, recordings, reports), in the order they were added.</summary>
    public IReadOnlyList<ActivityOutputItem> Outputs { get; init; } = [];

    /// <summary>Conference, before the delegates' cut-off: the places kept for the cities (0 once the unused ones went to the public, or none were kept).</summary>
    public int PlacesKeptForCities { get; init; }
}
