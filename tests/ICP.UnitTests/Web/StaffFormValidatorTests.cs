using System.Globalization;
using FluentValidation;
using ICP.Domain.Applications;
using ICP.Domain.Common;
using ICP.Domain.Selection;
using ICP.Web;
using ICP.Web.Features.Authorities;
using ICP.Web.Features.Evaluation;
using ICP.Web.Features.Selection;
using Microsoft.Extensions.Localization;
using Xunit;

namespace ICP.UnitTests.Web;

/// <summary>What staff forms refuse before anything is decided: missing choices and reasons, texts longer than their columns.</summary>
public sealed class StaffFormValidatorTests
{
    private static readonly English T = new();

    [Fact]
    public void StageDecision_WithoutAKnownOutcome_OrWithAnOverlongNote_IsRefused()
    {
        var validator = new StageDecisionFormValidator(T);

        Assert.Equal(["Choose a decision."], Messages(validator, new StageDecisionForm { Outcome = null }));
        Assert.Equal(["Choose a decision."], Messages(validator, new StageDecisionForm { Outcome = (DecisionOutcome)7 }));
        Assert.Equal([$"Use at most {TextLimits.SelectionNote} characters."],
            Messages(validator, new StageDecisionForm { Outcome = DecisionOutcome.Reserve, Note = new string('x', TextLimits.SelectionNote + 1) }));
        Assert.Empty(Messages(validator, new StageDecisionForm { Outcome = DecisionOutcome.Reserve, Note = new string('x', TextLimits.SelectionNote) }));
    }

    [Fact]
    public void Decline_WithoutAReason_OrWithAnOverlongOne_IsRefused()
    {
        var validator = new DeclineFormValidator(T);

        Assert.Equal(["Give the reason."], Messages(validator, new DeclineForm { Reason = "   " }));
        Assert.Equal([$"Use at most {TextLimits.Reason} characters."], Messages(validator, new DeclineForm { Reason = new string('x', TextLimits.Reason + 1) }));
    }

    [Fact]
    public void Override_WithoutAStatus_OrAReason_OrWithAnOverlongReason_IsRefused()
    {
        var validator = new OverrideFormValidator(T);

        Assert.Equal(["Choose the new status.", "Give the reason."], Messages(validator, new OverrideForm()));
        Assert.Equal([$"Use at most {TextLimits.Reason} characters."],
            Messages(validator, new OverrideForm { Status = ApplicationStatus.Withdrawn, Reason = new string('x', TextLimits.Reason + 1) }));
    }

    [Fact]
    public void Consensus_LongerThanItsColumn_IsRefused()
    {
        var validator = new ConsensusFormValidator(T);

        Assert.Equal([$"Use at most {TextLimits.ConsensusComment} characters."], Messages(validator, new ConsensusForm { Comment = new string('x', TextLimits.ConsensusComment + 1) }));
        Assert.Empty(Messages(validator, new ConsensusForm()));
    }

    [Fact]
    public void Criteria_WithAWeightOrThresholdThatIsNotAWholeNumber_OrMissingFields_AreRefused()
    {
        var validator = new CriteriaFormValidator(T);

        Assert.Equal(["A weight is a whole number from 1 to 100."], Messages(validator, new CriteriaForm { Ids = [1], Weights = ["ten"], Thresholds = [""] }));
        Assert.Equal(["A threshold is a whole number from 0 to 5, or empty for none."], Messages(validator, new CriteriaForm { Ids = [1], Weights = ["100"], Thresholds = ["abc"] }));
        Assert.Equal(["The request could not be processed"], Messages(validator, new CriteriaForm { Ids = [1, 2], Weights = ["100"], Thresholds = ["", ""] }));
        var accepted = new CriteriaForm { Ids = [1, 2], Weights = ["60", " 40"], Thresholds = ["2", ""] };
        Assert.Empty(Messages(validator, accepted));
        Assert.Equal(new Dictionary<int, (int, int?)> { [1] = (60, 2), [2] = (40, null) }, accepted.Revisions());
    }

    [Fact]
    public void SubmitterChange_WithoutAMemberOrAReason_IsRefused()
    {
        var validator = new SubmitterChangeFormValidator(T);

        Assert.Equal(["Choose a member of the team.", "Give the reason."], Messages(validator, new SubmitterChangeForm()));
        Assert.Equal([$"Use at most {TextLimits.Reason} characters."], Messages(validator, new SubmitterChangeForm { UserId = "u1", Reason = new string('x', TextLimits.Reason + 1) }));
    }

    private static List<string> Messages<T>(IValidator<T> validator, T form) => [.. validator.Validate(form).Errors.Select(e => e.ErrorMessage)];

    /// <summary>The English text (the resource key) with its arguments: the rules, not the translations, are under test.</summary>
    private sealed class English : IStringLocalizer<SharedResource>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
