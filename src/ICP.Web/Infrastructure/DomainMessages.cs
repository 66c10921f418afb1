using ICP.Domain.Common;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Infrastructure;

/// <summary>What a broken rule means to a person, in their language (the domain speaks in codes).</summary>
public static class DomainMessages
{
    public static string For(DomainException exception, IStringLocalizer localizer) => exception switch
    {
        QuotaFullException full => localizer["The {0} group has no seat left: its {1} seats are taken.", full.Group, full.Seats],
        CountryCapReachedException cap => localizer["{0} already has {1} selected cities, the most one country may have in this group.", cap.Country, cap.Cap],
        NotSelectableException => localizer["This application cannot be selected or put on the reserve list: it must be submitted, evaluated by at least two evaluators and pass the thresholds and the pass mark, and the call must be closed."],
        DecisionReleasedException => localizer["This decision was released and can no longer be changed."],
        ConflictOfInterestException => localizer["This evaluator declared a conflict of interest with this application."],
        DeclarationMissingException => localizer["This evaluator has not confirmed the declaration of conflicts of interest yet."],
        EvaluationIncompleteException => localizer["Give a score to every criterion before submitting."],
        CriteriaLockedException => localizer["Evaluation has started: the criteria can no longer change."],
        InvalidStatusTransitionException => localizer["This change of status is not allowed."],
        EditConflictException => localizer["Someone else changed this at the same moment. Look at the page again and repeat your change if it still applies."],
        CallClosedException => localizer["The deadline has passed"],
        _ => localizer["The request could not be processed"],
    };
}
