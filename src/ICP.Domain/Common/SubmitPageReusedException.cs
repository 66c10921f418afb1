namespace ICP.Domain.Common;

/// <summary>A submit repeated from a review page whose submission is no longer the application's current state (withdrawn or superseded since).</summary>
public sealed class SubmitPageReusedException(int versionNumber)
    : DomainException("submit-page-reused", $"This submit already made version {versionNumber}.")
{
    public int VersionNumber { get; } = versionNumber;
}
