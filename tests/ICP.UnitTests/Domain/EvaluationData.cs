using System.Reflection;
using ICP.Domain.Evaluation;
using ICP.Domain.Programme;
using ICP.UnitTests.Builders;

namespace ICP.UnitTests.Domain;

/// <summary>
/// The seeded call with criterion ids, and evaluations scored on it. The database gives criteria
/// their ids; objects built in memory all have id 0, which scores (keyed by criterion id) cannot tell
/// apart, so the ids are set here the way EF Core sets them: through the private setter.
/// </summary>
internal static class EvaluationData
{
    public const int Criteria = 8;

    public static readonly DateTimeOffset SubmittedAt = new(2021, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static readonly PropertyInfo CriterionId = typeof(EvaluationCriterion).GetProperty(nameof(EvaluationCriterion.Id))!;

    /// <summary>ICP-AGIR 2021 with its criteria numbered 1–8 in their order (weights 20, 15, 15, 15, 10, 10, 10, 5; thresholds 3 on 1 and 3).</summary>
    public static Call CallWithCriterionIds(int memberStateCap = 3)
    {
        var call = Programme.IcpAgir2021Call(memberStateCap);
        foreach (var criterion in call.Criteria)
        {
            CriterionId.SetValue(criterion, criterion.Order);
        }

        return call;
    }

    /// <summary>The same score on every criterion.</summary>
    public static int[] All(int score) => [.. Enumerable.Repeat(score, Criteria)];

    /// <summary>The same score on every criterion but one (criterion ids are 1–8).</summary>
    public static int[] AllBut(int score, int criterionId, int thatScore)
    {
        var scores = All(score);
        scores[criterionId - 1] = thatScore;
        return scores;
    }

    /// <summary>An evaluation in draft with one score per criterion, in criterion order.</summary>
    public static Evaluation Draft(Call call, string evaluatorId, int[] scores)
    {
        var evaluation = new Evaluation(assignmentId: 1, applicationId: 100, evaluatorId, versionNumber: 1);
        evaluation.SaveDraft(
            call.Criteria.OrderBy(c => c.Order).Zip(scores, (c, s) => (c.Id, (int?)s, $"Comment on {c.Title}")),
            "Overall comment");
        return evaluation;
    }

    public static Evaluation Submitted(Call call, string evaluatorId, int[] scores)
    {
        var evaluation = Draft(call, evaluatorId, scores);
        evaluation.Submit(call.Criteria, SubmittedAt);
        return evaluation;
    }
}
