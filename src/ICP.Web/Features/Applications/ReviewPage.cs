namespace ICP.Web.Features.Applications;

public sealed record ReviewPage(
    ApplicationSummary Application, DeadlineInfo Deadline, SubmissionPreview Preview, Guid IdempotencyKey, string DraftFingerprint,
    bool IsDesignatedSubmitter, IReadOnlyList<string> Problems);
