using ICP.Domain.Applications;

namespace ICP.Web.Features.Applications;

public sealed record ApplicationSummary(
    int Id, string Reference, ApplicationStatus Status, string QuotaGroupCode, IReadOnlyList<StepStatus> Steps, DocumentInfo? Document,
    IReadOnlyList<VersionInfo> Versions, IReadOnlyList<StatusChangeInfo> History, bool HasUnsubmittedChanges, string SubmitterName)
{
    /// <summary>Nothing is missing for submission, by the domain's definition over the saved steps (submission checks them again).</summary>
    public bool ReadyToSubmit => Missing.Count == 0;

    /// <summary>What still stops a submission, as the domain defines it (Application.MissingForSubmission).</summary>
    public IReadOnlyList<string> Missing => Application.MissingForSubmission(step => Steps.Any(s => s.Step.Step == step && s.Complete), Document is not null);

    public VersionInfo? LatestVersion => Versions.Count == 0 ? null : Versions[^1];
}
