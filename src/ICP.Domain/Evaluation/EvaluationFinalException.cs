using ICP.Domain.Common;

namespace ICP.Domain.Evaluation;

/// <summary>A submitted evaluation was to be changed: once submitted it counts towards the consolidated score and is final.</summary>
public sealed class EvaluationFinalException()
    : DomainException("evaluation-final", "A submitted evaluation is final.");
