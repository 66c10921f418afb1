using ICP.Domain.Common;

namespace ICP.Domain.Programme;

/// <summary>
/// One weighted criterion applications are scored on, 0 to <see cref="MaxScore"/>; an optional
/// threshold is the lowest mean score an application must reach on it to be selectable.
/// </summary>
public sealed class EvaluationCriterion
{
    public const int MaxScore = 5;

    private EvaluationCriterion()
    {
        Title = string.Empty;
        Description = string.Empty;
    }

    internal EvaluationCriterion(int order, string title, string description, int weight, int? threshold)
    {
        Order = order;
        Title = title.Trim();
        Description = description.Trim();
        Revise(weight, threshold);
    }

    internal void Revise(int weight, int? threshold)
    {
        Check(weight, threshold);
        Weight = weight;
        Threshold = threshold;
    }

    /// <summary>Throws unless the weight and threshold are acceptable; changes nothing.</summary>
    internal void Check(int weight, int? threshold)
    {
        if (weight is < 1 or > 100)
        {
            throw new InvalidProgrammeDataException($"Criterion '{Title}': weight {weight} is not between 1 and 100.");
        }

        if (threshold is { } t && (t < 0 || t > MaxScore))
        {
            throw new InvalidProgrammeDataException($"Criterion '{Title}': threshold {t} is not between 0 and {MaxScore}.");
        }
    }

    public int Id { get; private set; }

    public int CallId { get; private set; }

    public int Order { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    /// <summary>Share of the total score, in points out of 100.</summary>
    public int Weight { get; private set; }

    /// <summary>Lowest acceptable score on this criterion (out of <see cref="MaxScore"/>), if any.</summary>
    public int? Threshold { get; private set; }
}
