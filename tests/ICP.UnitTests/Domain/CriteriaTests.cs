using ICP.Domain.Common;
using ICP.Domain.Programme;
using Xunit;
using static ICP.UnitTests.Domain.EvaluationData;

namespace ICP.UnitTests.Domain;

/// <summary>Revising the evaluation criteria: weights that add up to 100, thresholds 0–5, locked once evaluation starts.</summary>
public sealed class CriteriaTests
{
    [Fact]
    public void ReviseCriteria_WeightsStillAddingUpTo100_ChangesWeightsAndThresholds()
    {
        var call = CallWithCriterionIds();

        call.ReviseCriteria(new Dictionary<int, (int, int?)> { [1] = (15, 2), [8] = (10, 4) }, evaluationStarted: false);

        Assert.Equal([15, 15, 15, 15, 10, 10, 10, 10], Weights(call));
        Assert.Equal([2, null, 3, null, null, null, null, 4], Thresholds(call));
        Assert.True(call.CriteriaAreComplete);
    }

    [Fact]
    public void ReviseCriteria_NullThreshold_RemovesTheThreshold()
    {
        var call = CallWithCriterionIds();

        call.ReviseCriteria(new Dictionary<int, (int, int?)> { [1] = (20, null) }, evaluationStarted: false);

        Assert.Null(Criterion(call, 1).Threshold);
        Assert.Equal(20, Criterion(call, 1).Weight);
    }

    [Theory]
    [InlineData(25)] // 105 in all
    [InlineData(15)] // 95 in all
    public void ReviseCriteria_WeightsNotAddingUpTo100_IsRefused_AndNothingChanges(int relevanceWeight)
    {
        var call = CallWithCriterionIds();

        var refused = Assert.Throws<CriteriaInvalidException>(() =>
            call.ReviseCriteria(new Dictionary<int, (int, int?)> { [1] = (relevanceWeight, 2) }, evaluationStarted: false));

        Assert.Equal(80 + relevanceWeight, refused.WeightTotal);
        Assert.Equal([20, 15, 15, 15, 10, 10, 10, 5], Weights(call));
        Assert.Equal(3, Criterion(call, 1).Threshold);
    }

    [Fact]
    public void ReviseCriteria_OnceEvaluationStarted_ThrowsCriteriaLocked()
    {
        var call = CallWithCriterionIds();

        Assert.Throws<CriteriaLockedException>(() =>
            call.ReviseCriteria(new Dictionary<int, (int, int?)> { [1] = (20, 2) }, evaluationStarted: true));

        Assert.Equal(3, Criterion(call, 1).Threshold);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void ReviseCriteria_ThresholdOutsideZeroToFive_IsRefused(int threshold)
    {
        var call = CallWithCriterionIds();

        Assert.Throws<CriteriaInvalidException>(() =>
            call.ReviseCriteria(new Dictionary<int, (int, int?)> { [1] = (20, threshold) }, evaluationStarted: false));

        Assert.Equal(3, Criterion(call, 1).Threshold);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void ReviseCriteria_ThresholdAtTheEdgesOfTheScale_IsAccepted(int threshold)
    {
        var call = CallWithCriterionIds();

        call.ReviseCriteria(new Dictionary<int, (int, int?)> { [2] = (15, threshold) }, evaluationStarted: false);

        Assert.Equal(threshold, Criterion(call, 2).Threshold);
    }

    [Fact]
    public void ReviseCriteria_WeightOfZero_IsRefusedEvenWhenTheTotalIs100()
    {
        var call = CallWithCriterionIds();

        Assert.Throws<CriteriaInvalidException>(() =>
            call.ReviseCriteria(new Dictionary<int, (int, int?)> { [1] = (0, null), [8] = (25, null) }, evaluationStarted: false));
    }

    [Fact]
    public void ReviseCriteria_OneRevisionRefused_LeavesEveryCriterionAsItWas()
    {
        var call = CallWithCriterionIds();

        // The weights add up to 100, but criterion 2's threshold is off the scale: the whole revision is refused.
        Assert.Throws<CriteriaInvalidException>(() =>
            call.ReviseCriteria(new Dictionary<int, (int, int?)> { [1] = (25, 3), [2] = (10, 9) }, evaluationStarted: false));

        Assert.Equal([20, 15, 15, 15, 10, 10, 10, 5], Weights(call));
        Assert.True(call.CriteriaAreComplete);
    }

    [Fact]
    public void AddCriterion_ThresholdOffTheScale_IsRefused()
    {
        var call = new Call(
            "TEST-2021", "TEST", "Test call", "Test", "Summary", "DG REGIO",
            new DateTimeOffset(2021, 10, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2021, 11, 1, 0, 0, 0, TimeSpan.Zero),
            ZonedTime.BrusselsZoneId, 60);

        Assert.Throws<InvalidProgrammeDataException>(() => call.AddCriterion("Relevance", "", 50, 6));
        Assert.Empty(call.Criteria);
        Assert.Equal(EvaluationCriterion.MaxScore, call.AddCriterion("Relevance", "", 50, 5).Threshold);
    }

    private static EvaluationCriterion Criterion(Call call, int id) => call.Criteria.Single(c => c.Id == id);

    private static IEnumerable<int> Weights(Call call) => call.Criteria.OrderBy(c => c.Order).Select(c => c.Weight);

    private static IEnumerable<int?> Thresholds(Call call) => call.Criteria.OrderBy(c => c.Order).Select(c => c.Threshold);
}
