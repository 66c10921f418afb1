using ICP.Domain.Activities;
using ICP.Domain.Applications;
using ICP.Domain.Audit;
using ICP.Domain.Evaluation;
using ICP.Domain.Messaging;
using ICP.Domain.Selection;
using ICP.Infrastructure.Identity;

namespace ICP.Web.Mvc;

/// <summary>
/// The English words (resource keys) for values the domain stores as codes. Every string literal in
/// this file is a key of the shared resources (the coverage test reads this file).
/// </summary>
public static class Labels
{
    public static string Status(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => "Draft",
        ApplicationStatus.Submitted => "Submitted",
        ApplicationStatus.Withdrawn => "Withdrawn",
        ApplicationStatus.Selected => "Selected",
        ApplicationStatus.Reserve => "Reserve list",
        ApplicationStatus.NotSelected => "Not selected",
        ApplicationStatus.Declined => "Withdrew after selection",
        _ => "Unknown",
    };

    public static string Role(string role) => role switch
    {
        StaffRoles.ProgrammeManager => "Programme manager",
        StaffRoles.Evaluator => "Evaluator",
        _ => "Unknown",
    };

    public static string Outcome(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Selected => "Selected",
        DecisionOutcome.Reserve => "Reserve list",
        DecisionOutcome.NotSelected => "Not selected",
        _ => "Unknown",
    };

    public static string Delivery(DeliveryState state) => state switch
    {
        DeliveryState.Pending => "Waiting to be sent",
        DeliveryState.Sent => "Sent",
        DeliveryState.Failed => "Failed",
        _ => "Unknown",
    };

    public static string Evaluation(EvaluationStatus? status) => status switch
    {
        EvaluationStatus.Draft => "Started",
        EvaluationStatus.Submitted => "Submitted",
        _ => "Not started",
    };
    public static string AuditAction(string action) => action switch
    {
        AuditActions.ApplicationSubmitted => "Application submitted",
        AuditActions.ApplicationWithdrawn => "Application withdrawn",
        AuditActions.StatusOverridden => "Status overridden",
        AuditActions.ApplicationDeclined => "City withdrew after selection",
        AuditActions.EvaluationSubmitted => "Evaluation submitted",
        AuditActions.EvaluatorAssigned => "Evaluator assigned",
        AuditActions.ConflictsDeclared => "Conflicts of interest declared",
        AuditActions.ConsensusRecorded => "Consensus comment recorded",
        AuditActions.CriteriaRevised => "Criteria revised",
        AuditActions.DecisionStaged => "Decision staged",
        AuditActions.DecisionsReleased => "Decisions released",
        AuditActions.ReservePromoted => "Reserve city promoted",
        AuditActions.DeadlineExtended => "Deadline extended",
        AuditActions.IndividualExtensionGranted => "Individual extension granted",
        AuditActions.IndividualExtensionRevoked => "Individual extension revoked",
        AuditActions.StaffInvited => "Staff member invited",
        AuditActions.SubmitterChanged => "Designated submitter changed",
        AuditActions.PersonalDataExported => "Personal data exported",
        AuditActions.AccountDeleted => "Account deleted",
        AuditActions.RetentionChanged => "Retention period changed",
        AuditActions.ApplicationAnonymised => "Application anonymised",
        AuditActions.ContentTranslated => "Programme texts translated",
        AuditActions.PartnershipsProposed => "Partnerships proposed",
        AuditActions.PartnerPairAdded => "Partner pair added",
        AuditActions.PartnerPairRemoved => "Partner pair removed",
        AuditActions.PartnershipsConfirmed => "Partnerships confirmed",
        AuditActions.PartnershipsPublished => "Partnerships published",
        AuditActions.PartnerLeft => "City left its partnerships",
        AuditActions.MessageRetried => "E-mail sent again",
        AuditActions.ActivityCreated => "Activity created",
        AuditActions.ActivityRevised => "Activity changed",
        AuditActions.RegistrationCancelled => "Registration cancelled by staff",
        AuditActions.RegistrationPromoted => "Registration promoted from the waiting list",
        AuditActions.ActivityMessageSent => "Message sent to the registered",
        AuditActions.OutputReceived => "Output handed in",
        AuditActions.OutputPublished => "Output published",
        AuditActions.OutputKeptUnpublished => "Output kept off the public page",
        AuditActions.DelegateAdded => "Delegate registered",
        AuditActions.CityPlacesReleased => "Unused places of the cities given to the public",
        AuditActions.DelegateRemoved => "Delegate removed",
        AuditActions.CalendarFeedCreated => "Private calendar address made",
        AuditActions.CalendarFeedRenewed => "Private calendar address renewed",
        AuditActions.ActivityOutputAdded => "Activity output added",
        AuditActions.ActivityOutputVisibilityChanged => "Activity output shown or hidden",
        AuditActions.ActivityOutputRemoved => "Activity output removed",
        _ => "Unknown",
    };

    public static string Registration(RegistrationStatus status) => status switch
    {
        RegistrationStatus.AwaitingConfirmation => "Awaiting confirmation",
        RegistrationStatus.Confirmed => "Confirmed",
        RegistrationStatus.Waiting => "On the waiting list",
        RegistrationStatus.Cancelled => "Cancelled",
        _ => "Unknown",
    };

    public static string OutputKind(ActivityOutputKind kind) => kind switch
    {
        ActivityOutputKind.Slides => "Slides",
        ActivityOutputKind.Recording => "Recording",
        ActivityOutputKind.Report => "Report",
        _ => "Other",
    };

    public static string Kind(ActivityKind kind) => kind switch
    {
        ActivityKind.StudyVisit => "Working meeting and study visit",
        ActivityKind.OnlineSession => "Online session",
        ActivityKind.ClosingConference => "Closing conference",
        _ => "Unknown",
    };
}
