using ICP.Domain.Applications;
using ICP.Domain.Programme;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Authorities;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ICP.Web.Features.Applications;

/// <summary>
/// The window one local authority works in, at the portal's clock: the call's deadline, or its own
/// individual extension when it has one.
/// </summary>
public sealed record DeadlineInfo(
    DateTimeOffset OpensAt, DateTimeOffset Deadline, DateTimeOffset CallDeadline, DateTimeOffset? IndividualUntil, string TimeZoneId, DateTimeOffset Now)
{
    public CallState State => new ApplicationWindow(OpensAt, Deadline).StateAt(Now);

    public bool IsOpen => State == CallState.Open;

    public DateTimeOffset LastOnTimeSecond => ICP.Domain.Programme.Call.LastOnTimeSecondBefore(Deadline);

    public bool HasIndividualExtension => IndividualUntil is { } until && until > CallDeadline;
}

public sealed record StepStatus(StepInfo Step, bool Saved, bool Complete, string? UpdatedBy, DateTimeOffset? UpdatedAt);

public sealed record DocumentInfo(int Id, string FileName, long SizeBytes, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);

public sealed record VersionInfo(int Number, DateTimeOffset SubmittedAt, string SubmittedBy, string ContentSha256, string ReceiptCode);

/// <summary>One row of the status history: <see cref="Reason"/> is what the person typed; the code is shown in the reader's language (<see cref="Mvc.StatusReasons"/>).</summary>
public sealed record StatusChangeInfo(
    ApplicationStatus? From, ApplicationStatus To, string By, DateTimeOffset At, StatusChangeReason ReasonCode, int? VersionNumber, string Reason);

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

public sealed record DashboardPage(
    ApplicantContext Who, DeadlineInfo Deadline, ApplicationSummary? Application, NewAuthorityForm NewAuthority, IReadOnlyList<SelectListItem> Territories);

public sealed record StepPage(
    ApplicationSummary Application, DeadlineInfo Deadline, StepInfo Step, StepForm Form, IReadOnlyList<SelectListItem> Themes,
    IReadOnlyList<(string Field, string Message)> StillNeeded, ConflictInfo? Conflict = null)
{
    public bool ReadOnly => !Deadline.IsOpen;
}

/// <summary>A colleague saved the step after the editor opened it: who and when.</summary>
public sealed record ConflictInfo(string? SavedBy, DateTimeOffset? SavedAt);

public sealed record DocumentPage(ApplicationSummary Application, DeadlineInfo Deadline, string? Problem);

public sealed record ReviewPage(
    ApplicationSummary Application, DeadlineInfo Deadline, SubmissionPreview Preview, Guid IdempotencyKey, string DraftFingerprint,
    bool IsDesignatedSubmitter, IReadOnlyList<string> Problems);

/// <summary>The answers as they stand, for the review page.</summary>
public sealed record SubmissionPreview(
    string OfficialName, string CountryCode, LocalAuthorityStepForm LocalAuthority, ContactsStepForm Contacts, ThemesStepForm Themes,
    IReadOnlyDictionary<string, ICP.Web.Features.Programme.LocalisedText> ThemeNames, CaseStepForm Case, CapacityStepForm Capacity);

public sealed record VersionPage(ApplicationSummary Application, VersionInfo Version, SubmissionContent Content, string TimeZoneId, bool IsEvaluatedVersion);

public sealed record TeamMember(string UserId, string Name, string Email, bool IsSubmitter, bool IsYou);

public sealed record PendingInvitation(int Id, string Email, DateTimeOffset ExpiresAt);

/// <summary>Who invited the person, to which authority: names as their authors typed them.</summary>
public sealed record InvitationDetails(string AuthorityName, string CountryCode, string InvitedBy, DateTimeOffset ExpiresAt);

public sealed record TeamPage(string AuthorityName, string CountryCode, IReadOnlyList<TeamMember> Members, IReadOnlyList<PendingInvitation> Invitations, InvitationForm Form, bool YouAreSubmitter);

/// <summary>What the public receipt check shows: enough to trust the receipt, nothing of the content.</summary>
public sealed record ReceiptCheck(string Reference, int Version, DateTimeOffset SubmittedAt, string ContentSha256, string DocumentSha256, string AuthorityName, string TimeZoneId);
