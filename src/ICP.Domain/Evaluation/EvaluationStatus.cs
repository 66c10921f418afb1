using ICP.Domain.Common;
using ICP.Domain.Programme;

namespace ICP.Domain.Evaluation;

public enum EvaluationStatus
{
    Draft,
    Submitted,
}
