namespace ICP.Web.Features.Cooperation;

/// <summary>
/// The participating city's workspace (/applicant once selected): its clusters and partners with
/// their contact persons (once the partnerships are published), the activities to come with its
/// delegates, its outputs and the form to hand in another, and its private calendar feed.
/// </summary>
public sealed record WorkspacePage(
    CityCard City,
    string AuthorityName,
    bool PartnershipsPublished,
    IReadOnlyList<WorkspaceCluster> Clusters,
    IReadOnlyList<UpcomingActivity> Upcoming,
    IReadOnlyList<OutputRow> Outputs,
    OutputForm Form,
    string? Problem = null)
{
    /// <summary>The city's private calendar address, if it has one (when it was made and by whom).</summary>
    public CalendarFeedStatus? CalendarFeed { get; init; }

    /// <summary>The address just made, shown this once (only its hash is kept).</summary>
    public string? NewCalendarFeedUrl { get; init; }
}
