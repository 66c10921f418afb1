using ICP.Domain.Common;
using ICP.Domain.Programme;

namespace ICP.Domain.Evaluation;

/// <summary>A score outside the scale (0 to <see cref="EvaluationCriterion.MaxScore"/>).</summary>
public sealed class ScoreOutOfRangeException()
    : DomainException("score-out-of-range", $"A score is between 0 and {EvaluationCriterion.MaxScore}.");
