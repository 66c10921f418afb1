namespace ICP.Web.Features.Applications;

/// <summary>What a step's answers break: limits that stop a save, and what submission still needs.</summary>
public sealed record StepCheck(IReadOnlyList<(string Field, string Message)> Errors, IReadOnlyList<(string Field, string Message)> StillNeeded)
{
    public bool CanSave => Errors.Count == 0;

    public bool IsComplete => Errors.Count == 0 && StillNeeded.Count == 0;
}
