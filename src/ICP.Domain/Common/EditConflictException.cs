namespace ICP.Domain.Common;

/// <summary>Someone else saved the same thing after this request's copy was read.</summary>
public sealed class EditConflictException(string? savedBy, DateTimeOffset? savedAt)
    : DomainException("edit-conflict", "Saved by someone else in the meantime.")
{
    public string? SavedBy { get; } = savedBy;

    public DateTimeOffset? SavedAt { get; } = savedAt;
}
