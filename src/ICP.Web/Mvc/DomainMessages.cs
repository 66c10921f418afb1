using ICP.Domain.Activities;
using ICP.Domain.Applications;
using ICP.Domain.Common;
using ICP.Domain.Cooperation;
using ICP.Domain.Evaluation;
using ICP.Domain.Programme;
using ICP.Web.Features.Email;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Mvc;

/// <summary>
/// What a broken rule means to a person, in their language (the domain speaks in codes): the one
/// catalogue from refusal to message, keyed by exception type, so that the same refusal reads the
/// same on every page. Actions add it to the page with <see cref="AddRefusal"/> (or, after a
/// redirect, as the "Problem" message); refusals no action answers are answered by <see cref="RefusalFilter"/>.
/// </summary>
public static class DomainMessages
{
    /// <summary>Adds the refusal's message to the model state, under a field or (by default) for the whole form.</summary>
    public static void AddRefusal(this ModelStateDictionary modelState, Exception refusal, IStringLocalizer localizer, string field = "") =>
        modelState.AddModelError(field, For(refusal, localizer));

    public static string For(Exception exception, IStringLocalizer localizer) => exception switch
    {
        // Applications and teams.
        CallClosedException => localizer["The deadline has passed"],
        NotDesignatedSubmitterException => localizer["Only the designated submitter of your team can submit, withdraw or hand the role to someone else. Ask them, or ask them to hand the role to you on the team page."],
        InvalidStatusTransitionException { To: nameof(ApplicationStatus.Withdrawn) } => localizer["Only a submitted application can be withdrawn."],
        InvalidStatusTransitionException => localizer["This change of status is not allowed."],
        ApplicationIncompleteException => localizer["Some answers are still needed before you can submit: see what is missing below."],
        DraftChangedSinceReviewException => localizer["The application was changed after you opened this page (by a colleague, or by you in another window). Nothing was submitted. Check the summary below, then submit again."],
        SubmitPageReusedException reused => localizer["This page already submitted version {0}, which has since been withdrawn or replaced. Nothing was submitted. Check the summary below, then submit again if you wish.", reused.VersionNumber],
        EditConflictException => localizer["Someone else changed this at the same moment. Look at the page again and repeat your change if it still applies."],
        DuplicateLocalAuthorityException => localizer["A local authority with this name is already registered in this country. Ask its team to invite you."],
        TerritoryNotEligibleException => localizer["Local authorities from this country or territory cannot apply to this call."],
        AlreadyInTeamException => localizer["You already belong to a local authority's team. A person can work for one local authority only."],
        TooManyInvitationsException limits => localizer["A team can have at most {0} invitations waiting, and send at most {1} in a day. Withdraw invitations that are no longer needed, or try again tomorrow.", limits.MaxPending, limits.MaxPerDay],
        InvitationNotValidException => localizer["This invitation is not valid: it has expired, was withdrawn or used, or was sent to another e-mail address."],
        RecipientThrottledException limit => localizer["This address has received {0} messages from the portal that it did not ask for in the last hour. Try again later.", limit.PerHour],
        UploadRateExceededException tooMany => localizer["Too many letters were uploaded to this application in a short time. Try again in {0} minutes.", Math.Max(1, (int)Math.Ceiling(tooMany.RetryAfter.TotalMinutes))],
        DocumentQuotaExceededException => localizer["This application keeps as many letters as it may: the letters its submitted versions cite fill its storage. Contact the programme's helpdesk."],

        // Evaluation.
        ConflictOfInterestException => localizer["This evaluator declared a conflict of interest with this application."],
        DeclarationMissingException => localizer["This evaluator has not confirmed the declaration of conflicts of interest yet."],
        EvaluationIncompleteException => localizer["Give a score to every criterion before submitting."],
        EvaluationFinalException => localizer["This evaluation was submitted and is final: its scores and comments can no longer be changed."],
        ScoreOutOfRangeException => localizer["A score is a whole number from 0 to 5."],
        CriteriaInvalidException invalid => localizer["The weights add up to {0}: each must be between 1 and 100, together exactly 100, and each threshold between 0 and 5.", invalid.WeightTotal],
        CriteriaLockedException => localizer["Evaluation has started: the criteria can no longer change."],

        // Selection.
        QuotaFullException { Seats: 1 } full => localizer["The {0} group has no seat left: its only seat is taken.", full.Group],
        QuotaFullException full => localizer["The {0} group has no seat left: its {1} seats are taken.", full.Group, full.Seats],
        CountryCapReachedException cap => localizer["{0} already has {1} selected cities, the most one country may have in this group.", cap.Country, cap.Cap],
        NotSelectableException => localizer["This application cannot be selected or put on the reserve list: it must be submitted, evaluated by at least two evaluators and pass the thresholds and the pass mark, and the call must be closed."],
        DecisionReleasedException => localizer["This decision was released and can no longer be changed."],
        ExtensionStillOpenException => localizer["This city may still submit under its individual extension: decide after the extension ends."],
        OverrideNotAllowedException => localizer["Selection outcomes are set on the selection board and released from there; a selected city that withdraws is recorded with “Record the withdrawal”."],

        // Programme management.
        DeadlineRefusedException { Reason: DeadlineRefusal.NotLater } => localizer["The new deadline must be later than the current one: a published deadline is never shortened."],
        DeadlineRefusedException { Reason: DeadlineRefusal.InThePast } => localizer["That day is already over: choose a last day in the future."],
        DeadlineRefusedException { Reason: DeadlineRefusal.TooFar } => localizer["That is more than a year after the original deadline: check the year."],
        DeadlineRefusedException { Reason: DeadlineRefusal.EvaluationStarted } => localizer["Evaluation has started: the deadline can no longer be extended, for everyone or for one city."],
        StaffRoleRefusedException { BelongsToCity: true } => localizer["This address belongs to a city's account. Staff need an account of their own."],
        StaffRoleRefusedException => localizer["This person already holds the other staff role. Programme managers do not evaluate, and evaluators do not manage."],
        RetentionPeriodRefusedException => localizer["Enter a number of months from {0} to {1}.", Call.ShortestRetentionMonths, Call.LongestRetentionMonths],
        AnonymisationRefusedException => localizer["This application may not be anonymised now: it is selected or still in the running, or its retention period is not over."],

        // Cooperation.
        PartnerLimitOutOfRangeException range => localizer["Enter the most partners a city may have, from {0} to {1}.", range.Min, range.Max],
        CityNotSelectedException => localizer["Only selected cities (released and not declined) can be placed in a partnership."],
        PairNotValidException { AlreadyPaired: true } => localizer["These two cities are already partners."],
        PairNotValidException => localizer["A pair joins one EU city and one non-EU city."],
        PartnerLimitReachedException limit => localizer["A city may have at most {0} partners: raise the limit by generating the proposal again, or take a pair apart first.", limit.Limit],
        PartnershipsIncompleteException incomplete => localizer["Not confirmed: {0} selected non-EU cities have no EU partner yet.", incomplete.WithoutPartner.Count],
        PlanStateException { Step: "publish" } => localizer["Confirm the partnerships before publishing them."],
        PlanStateException { Step: "regenerate" } => localizer["The partnerships are published: change them one pair at a time."],
        PlanStateException => localizer["Generate the proposal first, or make a change: only a draft can be confirmed."],
        ActivityInvalidException { Problem: var problem } => problem switch
        {
            ActivityProblem.TitleMissing => localizer["Enter a title."],
            ActivityProblem.TextTooLong => localizer["A text is longer than allowed."],
            ActivityProblem.EndsBeforeStart => localizer["The end must come after the start."],
            ActivityProblem.UnknownTimeZone => localizer["Enter the time zone of the place, e.g. Europe/Brussels."],
            ActivityProblem.WrongPhase => localizer["Choose a planned phase of the right kind."],
            ActivityProblem.HostCityMissing => localizer["Enter the host city."],
            ActivityProblem.PlaceMissing => localizer["Enter the place."],
            ActivityProblem.DelegateLimitOutOfRange => localizer["Allow from 1 to {0} delegates per city.", Activity.MaxDelegatesPerCity],
            ActivityProblem.CutoffMissing => localizer["Enter the cut-off for delegates."],
            ActivityProblem.CutoffAfterStart => localizer["The cut-off for delegates must not be after the start."],
            ActivityProblem.CapacityOutOfRange => localizer["Enter a capacity from 1 to {0}.", Activity.MaxCapacity],
            ActivityProblem.CapacityBelowConfirmed => localizer["The capacity cannot be lower than the places already confirmed: cancel registrations first."],
            ActivityProblem.JoiningLinkInvalid => localizer["Enter the joining link as a full https:// address."],
            ActivityProblem.OnlineNotInBrussels => localizer["Online sessions are stated in Brussels time: use Europe/Brussels."],
            ActivityProblem.ThemeMissing => localizer["Choose the theme."],
            ActivityProblem.PlacesForCitiesOutOfRange => localizer["The places kept for the cities must be between 0 and the capacity."],
            ActivityProblem.SessionInvalid => localizer["Each session needs a title and an end after its start."],
            ActivityProblem.OutputLinkInvalid => localizer["Enter the link as a full https:// address."],
            ActivityProblem.OutputFileOrLink => localizer["Attach a PDF file or give a link: one of the two."],
            _ => localizer["Each session must take place within the conference's start and end."],
        },
        RegistrationNotActiveException => localizer["This registration is not on the waiting list."],
        RegistrationClosedException => localizer["The activity has started: its registrations can no longer change."],
        RegistrationNotOfferedException => localizer["This activity takes no registration."],
        DelegateCutoffPassedException => localizer["The cut-off for delegates has passed: ask the programme team for any change."],
        ConsentRequiredException => localizer["Agree to the use of your contact details for this activity."],
        DelegateLimitReachedException full => localizer["A city may send at most {0} delegates to this activity: remove one first.", full.Limit],
        DelegateAlreadyRegisteredException => localizer["A delegate with this e-mail address is already registered for this activity."],
        CityPlacesTakenException { ConferenceFull: true } => localizer["No place is free at the conference: raise its capacity first, or cancel a registration."],
        CityPlacesTakenException taken => localizer["All {0} places kept for the participating cities' delegates are taken: the programme team can seat more if places are free.", taken.PlacesForCities],
        OutputStateException { State: OutputState.Published } => localizer["This output is already published."],
        OutputStateException => localizer["This output is already kept off the public page."],
        _ => localizer["The request could not be processed"],
    };
}
