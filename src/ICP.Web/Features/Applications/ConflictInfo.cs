namespace ICP.Web.Features.Applications;

/// <summary>A colleague saved the step after the editor opened it: who and when.</summary>
public sealed record ConflictInfo(string? SavedBy, DateTimeOffset? SavedAt);
