using ICP.Domain.Common;
using ICP.Domain.Evaluation;
using Xunit;
using static ICP.UnitTests.Domain.EvaluationData;

namespace ICP.UnitTests.Domain;

/// <summary>One evaluator's scores, their declaration of conflicts of interest, and assignments.</summary>
public sealed class EvaluationTests
{
    private static readonly DateTimeOffset DeclaredAt = new(2021, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Submit_EveryCriterionScored_ComputesTheTotalAndThresholds_AndIsFinal()
    {
        var call = CallWithCriterionIds();
        var evaluation = Draft(call, "ev-a", [5, 4, 3, 2, 1, 0, 5, 4]);
        var inBrussels = new DateTimeOffset(2021, 11, 25, 11, 0, 0, TimeSpan.FromHours(1));

        evaluation.Submit(call.Criteria, inBrussels);

        Assert.Equal(EvaluationStatus.Submitted, evaluation.Status);
        Assert.Equal(63m, evaluation.WeightedTotal);
        Assert.True(evaluation.MeetsThresholds);
        Assert.Equal(new DateTimeOffset(2021, 11, 25, 10, 0, 0, TimeSpan.Zero), evaluation.SubmittedAt);
        Assert.Equal(TimeSpan.Zero, evaluation.SubmittedAt!.Value.Offset);
    }

    [Fact]
    public void Submit_ThresholdCriterionBelowItsThreshold_RecordsThresholdsNotMet()
    {
        var call = CallWithCriterionIds();

        var evaluation = Submitted(call, "ev-a", AllBut(5, 3, 2));

        Assert.False(evaluation.MeetsThresholds);
        Assert.Equal(91m, evaluation.WeightedTotal);
    }

    [Fact]
    public void Submit_CriteriaWithoutScore_ThrowsEvaluationIncomplete_AndStaysADraft()
    {
        var call = CallWithCriterionIds();
        var evaluation = new Evaluation(1, 100, "ev-a", 1);
        // Criteria 1–6 scored, 7 saved without a score, 8 never touched.
        evaluation.SaveDraft(
            [(1, 3, ""), (2, 3, ""), (3, 3, ""), (4, 3, ""), (5, 3, ""), (6, 3, ""), (7, null, "To be read again")],
            "");

        var incomplete = Assert.Throws<EvaluationIncompleteException>(() => evaluation.Submit(call.Criteria, SubmittedAt));

        Assert.Equal([7, 8], incomplete.MissingCriteria.Order());
        Assert.Equal(EvaluationStatus.Draft, evaluation.Status);
        Assert.Null(evaluation.WeightedTotal);
        Assert.Null(evaluation.MeetsThresholds);
        Assert.Null(evaluation.SubmittedAt);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void SaveDraft_ScoreOutsideZeroToFive_IsRefused(int score)
    {
        var evaluation = new Evaluation(1, 100, "ev-a", 1);

        Assert.Throws<ScoreOutOfRangeException>(() => evaluation.SaveDraft([(1, score, "")], ""));
        Assert.Empty(evaluation.Scores);
    }

    [Fact]
    public void SaveDraft_OneScoreOutOfRange_SavesNoneOfTheBatch()
    {
        var evaluation = new Evaluation(1, 100, "ev-a", 1);
        evaluation.SaveDraft([(1, 2, "Kept")], "Kept");

        Assert.Throws<ScoreOutOfRangeException>(() => evaluation.SaveDraft([(1, 5, "Changed"), (2, 9, "Out of range")], "Changed"));

        var score = Assert.Single(evaluation.Scores);
        Assert.Equal((2, "Kept"), (score.Score, score.Comment));
        Assert.Equal("Kept", evaluation.Comment);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void SaveDraft_ScoreAtTheEdgesOfTheScale_IsAccepted(int score)
    {
        var evaluation = new Evaluation(1, 100, "ev-a", 1);

        evaluation.SaveDraft([(1, score, "")], "");

        Assert.Equal(score, Assert.Single(evaluation.Scores).Score);
    }

    [Fact]
    public void SaveDraft_Again_UpdatesTheScoreInPlace_AndRenewsTheToken()
    {
        var evaluation = new Evaluation(1, 100, "ev-a", 1);
        evaluation.SaveDraft([(1, 2, "First reading")], "  Draft  ");
        var token = evaluation.ConcurrencyToken;

        evaluation.SaveDraft([(1, 4, "  Second reading  ")], " Better on a second reading ");

        var score = Assert.Single(evaluation.Scores);
        Assert.Equal((1, 4, "Second reading"), (score.CriterionId, score.Score, score.Comment));
        Assert.Equal("Better on a second reading", evaluation.Comment);
        Assert.NotEqual(token, evaluation.ConcurrencyToken);
    }

    [Fact]
    public void SaveDraft_AfterSubmission_IsRefused_AndTheScoresStay()
    {
        var call = CallWithCriterionIds();
        var evaluation = Submitted(call, "ev-a", All(4));

        Assert.Throws<EvaluationFinalException>(() => evaluation.SaveDraft([(1, 0, "Changed my mind")], ""));
        Assert.Equal(4, evaluation.Scores.Single(s => s.CriterionId == 1).Score);
        Assert.Equal(80m, evaluation.WeightedTotal);
    }

    [Fact]
    public void Submit_Twice_KeepsTheFirstSubmission()
    {
        var call = CallWithCriterionIds();
        var evaluation = Submitted(call, "ev-a", All(4));
        var token = evaluation.ConcurrencyToken;

        evaluation.Submit(call.Criteria, SubmittedAt.AddDays(1));

        Assert.Equal(SubmittedAt, evaluation.SubmittedAt);
        Assert.Equal(token, evaluation.ConcurrencyToken);
    }

    [Fact]
    public void ConflictsWith_DeclaredCountry_CoversEveryCityOfThatCountry()
    {
        var declaration = new EvaluatorDeclaration(1, "ev-a");

        declaration.Declare(["IT"], [], DeclaredAt);

        Assert.True(declaration.ConflictsWith(11, "IT"));
        Assert.True(declaration.ConflictsWith(12, "IT"));
        Assert.False(declaration.ConflictsWith(11, "FR"));
    }

    [Fact]
    public void ConflictsWith_DeclaredCity_CoversOnlyThatCity()
    {
        var declaration = new EvaluatorDeclaration(1, "ev-a");

        declaration.Declare([], [42], DeclaredAt);

        Assert.True(declaration.ConflictsWith(42, "BE"));
        Assert.False(declaration.ConflictsWith(43, "BE"));
    }

    [Fact]
    public void Declare_Again_ReplacesTheEarlierConflicts()
    {
        var declaration = new EvaluatorDeclaration(1, "ev-a");
        declaration.Declare(["IT", "IT"], [42, 42], DeclaredAt);
        Assert.Equal(2, declaration.Conflicts.Count);

        declaration.Declare(["DE"], [], DeclaredAt.AddDays(1));

        Assert.False(declaration.ConflictsWith(42, "IT"));
        Assert.True(declaration.ConflictsWith(7, "DE"));
        Assert.Equal(DeclaredAt.AddDays(1), declaration.ConfirmedAt);
    }

    [Fact]
    public void Create_DeclarationMissingOrNotConfirmed_ThrowsDeclarationMissing()
    {
        var unconfirmed = new EvaluatorDeclaration(1, "ev-a");

        Assert.False(unconfirmed.IsConfirmed);
        Assert.Throws<DeclarationMissingException>(() => Assignment.Create(100, 11, "IT", unconfirmed, "staff-1", DeclaredAt));
        Assert.Throws<DeclarationMissingException>(() => Assignment.Create(100, 11, "IT", null, "staff-1", DeclaredAt));
    }

    [Theory]
    [InlineData(11, "IT")] // the country declared
    [InlineData(42, "BE")] // the city declared
    public void Create_DeclaredConflict_ThrowsConflictOfInterest(int localAuthorityId, string country)
    {
        var declaration = new EvaluatorDeclaration(1, "ev-a");
        declaration.Declare(["IT"], [42], DeclaredAt);

        Assert.Throws<ConflictOfInterestException>(() => Assignment.Create(100, localAuthorityId, country, declaration, "staff-1", DeclaredAt));
    }

    [Fact]
    public void Create_ConfirmedDeclarationWithoutConflict_AssignsTheEvaluator()
    {
        var declaration = new EvaluatorDeclaration(1, "ev-a");
        declaration.Declare(["IT"], [42], DeclaredAt);
        var at = new DateTimeOffset(2021, 11, 22, 10, 0, 0, TimeSpan.FromHours(1));

        var assignment = Assignment.Create(100, 43, "BE", declaration, "staff-1", at);

        Assert.Equal((100, "ev-a", "staff-1"), (assignment.ApplicationId, assignment.EvaluatorId, assignment.AssignedBy));
        Assert.Equal(TimeSpan.Zero, assignment.AssignedAt.Offset);
        Assert.Equal(at, assignment.AssignedAt);
    }

    [Fact]
    public void Create_EmptyButConfirmedDeclaration_AllowsEveryApplication()
    {
        var declaration = new EvaluatorDeclaration(1, "ev-a");
        declaration.Declare([], [], DeclaredAt);

        var assignment = Assignment.Create(100, 11, "IT", declaration, "staff-1", DeclaredAt);

        Assert.Equal("ev-a", assignment.EvaluatorId);
    }

    [Fact]
    public void MayEvaluate_OnlyWithAConfirmedDeclaration_AndNoConflictWithTheCityOrItsCountry()
    {
        var unconfirmed = new EvaluatorDeclaration(1, "ev-a");
        var declaration = new EvaluatorDeclaration(1, "ev-b");
        declaration.Declare(["IT"], [42], DeclaredAt);

        Assert.False(unconfirmed.MayEvaluate(43, "BE"));
        Assert.True(declaration.MayEvaluate(43, "BE"));
        Assert.False(declaration.MayEvaluate(42, "BE"));
        Assert.False(declaration.MayEvaluate(43, "IT"));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(20.0, false)]
    [InlineData(20.5, true)]
    public void IsSpreadLarge_OnlyAboveTheLimit(double? spread, bool large)
    {
        Assert.Equal(large, ApplicationScore.IsSpreadLarge(spread is { } s ? (decimal)s : null, 20m));
    }
}
