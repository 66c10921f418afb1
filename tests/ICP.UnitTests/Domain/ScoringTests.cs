using ICP.Domain.Evaluation;
using Xunit;
using static ICP.UnitTests.Domain.EvaluationData;

namespace ICP.UnitTests.Domain;

/// <summary>Weighted totals, thresholds, and the consolidated score of an application.</summary>
public sealed class ScoringTests
{
    private static readonly DateTimeOffset Now = new(2021, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 60)]
    [InlineData(5, 100)]
    public void WeightedTotal_SameScoreOnEveryCriterion_IsThatShareOfAHundred(int score, int expected)
    {
        var call = CallWithCriterionIds();

        var total = Scoring.WeightedTotal(call.Criteria, call.Criteria.ToDictionary(c => c.Id, _ => (decimal)score));

        Assert.Equal(expected, total);
    }

    [Fact]
    public void WeightedTotal_MixedScores_WeighsEachCriterion()
    {
        var call = CallWithCriterionIds();
        // Weights 20, 15, 15, 15, 10, 10, 10, 5: 20·5/5 + 15·4/5 + 15·3/5 + 15·2/5 + 10·1/5 + 10·0/5 + 10·5/5 + 5·4/5 = 63.
        int[] scores = [5, 4, 3, 2, 1, 0, 5, 4];

        var total = Scoring.WeightedTotal(call.Criteria, call.Criteria.ToDictionary(c => c.Id, c => (decimal)scores[c.Order - 1]));

        Assert.Equal(63m, total);
    }

    [Theory]
    [InlineData("3.33333", "13.33")]    // 20 × 3.33333 / 5 = 13.333332
    [InlineData("3.334", "13.34")]      // 13.336
    [InlineData("0.00125", "0.01")]     // 0.005: a midpoint, rounded away from zero (not to even)
    [InlineData("0.00375", "0.02")]     // 0.015
    public void WeightedTotal_RoundsToTwoDecimalsAwayFromZero(string relevanceScore, string expected)
    {
        var call = CallWithCriterionIds();
        var scores = new Dictionary<int, decimal> { [1] = decimal.Parse(relevanceScore, System.Globalization.CultureInfo.InvariantCulture) };

        var total = Scoring.WeightedTotal(call.Criteria, scores);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), total);
    }

    [Fact]
    public void WeightedTotal_CriterionWithoutScore_CountsAsZero()
    {
        var call = CallWithCriterionIds();

        Assert.Equal(20m, Scoring.WeightedTotal(call.Criteria, new Dictionary<int, decimal> { [1] = 5m }));
    }

    [Theory]
    [InlineData(1, "3", true)]       // exactly the threshold
    [InlineData(1, "2.99", false)]   // relevance: threshold 3
    [InlineData(3, "2", false)]      // political commitment: threshold 3
    [InlineData(2, "0", true)]       // partnership potential: no threshold
    public void MeetsThresholds_ComparesEachThresholdCriterion(int criterionId, string score, bool expected)
    {
        var call = CallWithCriterionIds();
        var scores = call.Criteria.ToDictionary(c => c.Id, _ => 5m);
        scores[criterionId] = decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, Scoring.MeetsThresholds(call.Criteria, scores));
    }

    [Fact]
    public void Recompute_TwoEvaluations_MeanAndSpreadOfTheirWeightedTotals()
    {
        var call = CallWithCriterionIds();
        var score = new ApplicationScore(100);

        score.Recompute(call.Criteria, [Submitted(call, "ev-a", All(4)), Submitted(call, "ev-b", All(3))], call.PassMark, Now);

        Assert.Equal(2, score.EvaluationCount);
        Assert.Equal(70m, score.Mean);
        Assert.Equal(20m, score.Spread);
        Assert.True(score.MeetsThresholds);
        Assert.True(score.Passes);
        Assert.Equal(Now, score.UpdatedAt);
    }

    [Fact]
    public void IsSpreadLarge_OnlyAboveTheLimit()
    {
        var call = CallWithCriterionIds();
        var score = new ApplicationScore(100);
        score.Recompute(call.Criteria, [Submitted(call, "ev-a", All(4)), Submitted(call, "ev-b", All(3))], call.PassMark, Now);

        Assert.True(score.IsSpreadLarge(19.99m));
        Assert.False(score.IsSpreadLarge(20m));
        Assert.False(new ApplicationScore(101).IsSpreadLarge(0m));
    }

    [Fact]
    public void Recompute_MeanIsRoundedToTwoDecimals()
    {
        var call = CallWithCriterionIds();
        var score = new ApplicationScore(100);
        // 60, 61, 61 (criterion 8 weighs 5: one point more on it adds 1).
        var evaluations = new[] { Submitted(call, "ev-a", All(3)), Submitted(call, "ev-b", AllBut(3, 8, 4)), Submitted(call, "ev-c", AllBut(3, 8, 4)) };

        score.Recompute(call.Criteria, evaluations, call.PassMark, Now);

        Assert.Equal(60.67m, score.Mean);
        Assert.Equal(1m, score.Spread);
    }

    [Fact]
    public void Recompute_DraftEvaluations_AreLeftOut()
    {
        var call = CallWithCriterionIds();
        var score = new ApplicationScore(100);

        score.Recompute(
            call.Criteria,
            [Submitted(call, "ev-a", All(4)), Submitted(call, "ev-b", All(4)), Draft(call, "ev-c", All(0))],
            call.PassMark,
            Now);

        Assert.Equal(2, score.EvaluationCount);
        Assert.Equal(80m, score.Mean);
        Assert.Equal(0m, score.Spread);
    }

    [Fact]
    public void Recompute_MeanExactlyAtThePassMark_Passes()
    {
        var call = CallWithCriterionIds();
        var score = new ApplicationScore(100);

        // 62 and 58.
        score.Recompute(call.Criteria, [Submitted(call, "ev-a", AllBut(3, 8, 5)), Submitted(call, "ev-b", AllBut(3, 8, 1))], call.PassMark, Now);

        Assert.Equal(60m, score.Mean);
        Assert.True(score.Passes);
    }

    [Fact]
    public void Recompute_MeanJustBelowThePassMark_DoesNotPass()
    {
        var call = CallWithCriterionIds();
        var score = new ApplicationScore(100);

        // 62 and 57.
        score.Recompute(call.Criteria, [Submitted(call, "ev-a", AllBut(3, 8, 5)), Submitted(call, "ev-b", AllBut(3, 8, 0))], call.PassMark, Now);

        Assert.Equal(59.5m, score.Mean);
        Assert.True(score.MeetsThresholds);
        Assert.False(score.Passes);
    }

    [Fact]
    public void Recompute_SingleEvaluation_DoesNotPassWhateverItsScore()
    {
        var call = CallWithCriterionIds();
        var score = new ApplicationScore(100);

        score.Recompute(call.Criteria, [Submitted(call, "ev-a", All(5))], call.PassMark, Now);

        Assert.Equal(100m, score.Mean);
        Assert.True(score.MeetsThresholds);
        Assert.False(score.Passes);
    }

    [Fact]
    public void Recompute_ThresholdIsJudgedOnTheMeanPerCriterion_NotOnEachEvaluator()
    {
        var call = CallWithCriterionIds();
        var score = new ApplicationScore(100);
        var low = Submitted(call, "ev-a", AllBut(5, 1, 2));   // relevance 2: below its threshold of 3
        var high = Submitted(call, "ev-b", AllBut(5, 1, 4));  // relevance 4: the mean is 3

        score.Recompute(call.Criteria, [low, high], call.PassMark, Now);

        Assert.False(low.MeetsThresholds);
        Assert.True(score.MeetsThresholds);
        Assert.Equal(92m, score.Mean);
        Assert.True(score.Passes);
    }

    [Fact]
    public void Recompute_MeanOnAThresholdCriterionBelowIt_DoesNotPassDespiteAHighTotal()
    {
        var call = CallWithCriterionIds();
        var score = new ApplicationScore(100);

        // Political commitment (weight 15, threshold 3) scored 2 and 3: mean 2.5; totals 91 and 94.
        score.Recompute(call.Criteria, [Submitted(call, "ev-a", AllBut(5, 3, 2)), Submitted(call, "ev-b", AllBut(5, 3, 3))], call.PassMark, Now);

        Assert.Equal(92.5m, score.Mean);
        Assert.False(score.MeetsThresholds);
        Assert.False(score.Passes);
    }

    [Fact]
    public void Recompute_NoSubmittedEvaluationLeft_ClearsTheScore()
    {
        var call = CallWithCriterionIds();
        var score = new ApplicationScore(100);
        score.Recompute(call.Criteria, [Submitted(call, "ev-a", All(4)), Submitted(call, "ev-b", All(4))], call.PassMark, Now);

        score.Recompute(call.Criteria, [Draft(call, "ev-a", All(4))], call.PassMark, Now.AddHours(1));

        Assert.Equal(0, score.EvaluationCount);
        Assert.Null(score.Mean);
        Assert.Null(score.Spread);
        Assert.False(score.MeetsThresholds);
        Assert.False(score.Passes);
        Assert.Equal(Now.AddHours(1), score.UpdatedAt);
    }
}
