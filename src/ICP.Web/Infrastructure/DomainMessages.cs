using ICP.Domain.Common;
using ICP.Domain.Cooperation;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Infrastructure;

/// <summary>What a broken rule means to a person, in their language (the domain speaks in codes).</summary>
public static class DomainMessages
{
    public static string For(DomainException exception, IStringLocalizer localizer) => exception switch
    {
        QuotaFullException { Seats: 1 } full => localizer["The {0} group has no seat left: its only seat is taken.", full.Group],
        QuotaFullException full => localizer["The {0} group has no seat left: its {1} seats are taken.", full.Group, full.Seats],
        CountryCapReachedException cap => localizer["{0} already has {1} selected cities, the most one country may have in this group.", cap.Country, cap.Cap],
        NotSelectableException => localizer["This application cannot be selected or put on the reserve list: it must be submitted, evaluated by at least two evaluators and pass the thresholds and the pass mark, and the call must be closed."],
        DecisionReleasedException => localizer["This decision was released and can no longer be changed."],
        ConflictOfInterestException => localizer["This evaluator declared a conflict of interest with this application."],
        DeclarationMissingException => localizer["This evaluator has not confirmed the declaration of conflicts of interest yet."],
        EvaluationIncompleteException => localizer["Give a score to every criterion before submitting."],
        CriteriaInvalidException invalid => localizer["The weights add up to {0}: each must be between 1 and 100, together exactly 100, and each threshold between 0 and 5.", invalid.WeightTotal],
        CriteriaLockedException => localizer["Evaluation has started: the criteria can no longer change."],
        InvalidStatusTransitionException => localizer["This change of status is not allowed."],
        EditConflictException => localizer["Someone else changed this at the same moment. Look at the page again and repeat your change if it still applies."],
        CallClosedException => localizer["The deadline has passed"],
        DeadlineRefusedException { Reason: DeadlineRefusal.NotLater } => localizer["The new deadline must be later than the current one: a published deadline is never shortened."],
        DeadlineRefusedException { Reason: DeadlineRefusal.InThePast } => localizer["That day is already over: choose a last day in the future."],
        DeadlineRefusedException { Reason: DeadlineRefusal.TooFar } => localizer["That is more than a year after the original deadline: check the year."],
        DeadlineRefusedException { Reason: DeadlineRefusal.EvaluationStarted } => localizer["Evaluation has started: the deadline can no longer be extended, for everyone or for one city."],
        OverrideNotAllowedException => localizer["Selection outcomes are set on the selection board and released from there; a selected city that withdraws is recorded with “Record the withdrawal”."],
        StaffRoleRefusedException { BelongsToCity: true } => localizer["This address belongs to a city's account. Staff need an account of their own."],
        StaffRoleRefusedException => localizer["This person already holds the other staff role. Programme managers do not evaluate, and evaluators do not manage."],
        ExtensionStillOpenException => localizer["This city may still submit under its individual extension: decide after the extension ends."],
        PartnerLimitOutOfRangeException range => localizer["Enter the most partners a city may have, from {0} to {1}.", range.Min, range.Max],
        CityNotSelectedException => localizer["Only selected cities (released and not declined) can be placed in a partnership."],
        PairNotValidException { AlreadyPaired: true } => localizer["These two cities are already partners."],
        PairNotValidException => localizer["A pair joins one EU city and one non-EU city."],
        PartnerLimitReachedException limit => localizer["A city may have at most {0} partners: raise the limit by generating the proposal again, or take a pair apart first.", limit.Limit],
        PartnershipsIncompleteException incomplete => localizer["Not confirmed: {0} selected non-EU cities have no EU partner yet.", incomplete.WithoutPartner.Count],
        PlanStateException { Step: "publish" } => localizer["Confirm the partnerships before publishing them."],
        PlanStateException { Step: "regenerate" } => localizer["The partnerships are published: change them one pair at a time."],
        PlanStateException => localizer["Generate the proposal first, or make a change: only a draft can be confirmed."],
        DelegateLimitReachedException full => localizer["A city may send at most {0} delegates to this visit: remove one first.", full.Limit],
        DelegateAlreadyRegisteredException => localizer["A delegate with this e-mail address is already registered for this visit."],
        OutputStateException { State: OutputState.Published } => localizer["This output is already published."],
        OutputStateException => localizer["This output is already kept off the public page."],
        _ => localizer["The request could not be processed"],
    };
}
