using ICP.Domain.Common;

namespace ICP.Domain.Activities;

/// <summary>An activity's details that the programme's rules refuse, with the reason.</summary>
public sealed class ActivityInvalidException(ActivityProblem problem)
    : DomainException("activity-invalid", $"Activity refused: {problem}.")
{
    public ActivityProblem Problem { get; } = problem;
}
