using ICP.Domain.Applications;

namespace ICP.Web.Features.Applications;

public sealed record StaffApplicationDetail(
    int Id, string Reference, string Authority, string Country, string QuotaGroup, ApplicationStatus Status,
    IReadOnlyList<VersionInfo> Versions, IReadOnlyList<DocumentInfo> Documents, IReadOnlyList<StatusChangeInfo> History,
    SubmissionContent? EvaluatedContent, int? EvaluatedVersion, IReadOnlyList<EvaluationView> Evaluations, ConsolidatedScoreView? Score,
    IReadOnlyList<(string EvaluatorId, string Name)> AssignedEvaluators, IReadOnlyList<(string EvaluatorId, string Name)> AssignableEvaluators,
    DecisionView? Decision, IReadOnlyList<(DateTimeOffset At, string Kind, string Subject, string State)> Messages, string TimeZoneId, decimal SpreadLimit,
    IReadOnlyDictionary<string, string> ThemeNames, int LocalAuthorityId, IReadOnlyList<TeamMember> Team)
{
    /// <summary>A theme's name from the slug the answers store (the slug itself if the theme is gone).</summary>
    public string Theme(string slug) => ThemeNames.TryGetValue(slug, out var name) ? name : slug;
}
