namespace ICP.Domain.Common;

/// <summary>An evaluation was submitted without a score for every criterion.</summary>
public sealed class EvaluationIncompleteException(IReadOnlyList<int> missingCriteria)
    : DomainException("evaluation-incomplete", $"{missingCriteria.Count} criteria have no score.")
{
    public IReadOnlyList<int> MissingCriteria { get; } = missingCriteria;
}
