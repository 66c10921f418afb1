namespace ICP.Domain.Audit;

/// <summary>The audit log's action codes.</summary>
public static class AuditActions
{
    public const string ApplicationSubmitted = "application.submitted";
    public const string ApplicationWithdrawn = "application.withdrawn";
    public const string StatusOverridden = "application.status-overridden";
    public const string ApplicationDeclined = "application.declined";
    public const string EvaluationSubmitted = "evaluation.submitted";
    public const string EvaluatorAssigned = "evaluation.assigned";
    public const string ConflictsDeclared = "evaluation.conflicts-declared";
    public const string ConsensusRecorded = "evaluation.consensus";
    public const string CriteriaRevised = "criteria.revised";
    public const string DecisionStaged = "decision.staged";
    public const string DecisionsReleased = "decision.released";
    public const string ReservePromoted = "decision.promoted";
    public const string DeadlineExtended = "deadline.extended";
    public const string IndividualExtensionGranted = "extension.granted";
    public const string IndividualExtensionRevoked = "extension.revoked";
    public const string StaffInvited = "staff.invited";
    public const string SubmitterChanged = "team.submitter-changed";
    public const string PersonalDataExported = "personal-data.exported";
    public const string AccountDeleted = "account.deleted";
    public const string RetentionChanged = "retention.changed";
    public const string ApplicationAnonymised = "application.anonymised";
    public const string ContentTranslated = "content.translated";
    public const string PartnershipsProposed = "partnerships.proposed";
    public const string PartnerPairAdded = "partnerships.pair-added";
    public const string PartnerPairRemoved = "partnerships.pair-removed";
    public const string PartnershipsConfirmed = "partnerships.confirmed";
    public const string PartnershipsPublished = "partnerships.published";
    public const string PartnerLeft = "partnerships.city-left";
    public const string MessageRetried = "message.retried";
    public const string OutputReceived = "output.received";
    public const string OutputPublished = "output.published";
    public const string OutputKeptUnpublished = "output.kept-unpublished";
    public const string ActivityCreated = "activity.created";
    public const string ActivityRevised = "activity.revised";
    public const string RegistrationCancelled = "activity.registration-cancelled";
    public const string RegistrationPromoted = "activity.registration-promoted";
    public const string ActivityMessageSent = "activity.message-sent";
    public const string ActivityOutputAdded = "activity.output-added";
    public const string ActivityOutputVisibilityChanged = "activity.output-visibility-changed";
    public const string ActivityOutputRemoved = "activity.output-removed";
    public const string DelegateAdded = "delegate.added";
    public const string DelegateRemoved = "delegate.removed";
    public const string CityPlacesReleased = "activity.city-places-released";
    public const string CalendarFeedCreated = "calendar-feed.created";
    public const string CalendarFeedRenewed = "calendar-feed.renewed";

    public static IReadOnlyList<string> All { get; } =
    [
        ApplicationSubmitted, ApplicationWithdrawn, StatusOverridden, ApplicationDeclined, EvaluationSubmitted, EvaluatorAssigned,
        ConflictsDeclared, ConsensusRecorded, CriteriaRevised, DecisionStaged, DecisionsReleased, ReservePromoted, DeadlineExtended,
        IndividualExtensionGranted, IndividualExtensionRevoked, StaffInvited, SubmitterChanged, PersonalDataExported, AccountDeleted,
        RetentionChanged, ApplicationAnonymised, PartnershipsProposed, PartnerPairAdded, PartnerPairRemoved, PartnershipsConfirmed,
        PartnershipsPublished, PartnerLeft, MessageRetried, ContentTranslated, ActivityCreated, ActivityRevised, RegistrationCancelled,
        RegistrationPromoted, ActivityMessageSent, OutputReceived, OutputPublished, OutputKeptUnpublished, DelegateAdded, DelegateRemoved,
        CalendarFeedCreated, CalendarFeedRenewed,
        ActivityOutputAdded, ActivityOutputVisibilityChanged, ActivityOutputRemoved, CityPlacesReleased,
    ];
}
