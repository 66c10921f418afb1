namespace ICP.Domain.Common;

/// <summary>Submission was asked for while steps are incomplete or the document is missing.</summary>
public sealed class ApplicationIncompleteException(IReadOnlyList<string> missing)
    : DomainException("application-incomplete", $"Incomplete: {string.Join(", ", missing)}.")
{
    public IReadOnlyList<string> Missing { get; } = missing;
}
