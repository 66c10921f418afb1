namespace ICP.Web.Features.Cooperation;

/// <summary>
/// The participating city's workspace (/applicant once selected): its clusters and partners with
/// their contact persons (once the partnerships are published), the activities to come with its
/// delegates, its outputs and the form to hand in another.
/// </summary>
public sealed record WorkspacePage(
    CityCard City,
    string AuthorityName,
    bool PartnershipsPublished,
    IReadOnlyList<WorkspaceCluster> Clusters,
    IReadOnlyList<UpcomingActivity> Upcoming,
    IReadOnlyList<OutputRow> Outputs,
    OutputForm Form,
    string? Problem = null);
