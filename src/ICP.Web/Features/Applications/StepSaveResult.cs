namespace ICP.Web.Features.Applications;

/// <summary>The result of saving a step: the field errors that stopped it, or the new version and what submission still needs.</summary>
public sealed record StepSaveResult(
    IReadOnlyList<(string Field, string Message)> Errors, Guid? NewVersion, bool IsComplete, IReadOnlyList<(string Field, string Message)> StillNeeded)
{
    public bool Saved => NewVersion is not null;
}
