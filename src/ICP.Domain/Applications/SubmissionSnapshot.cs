namespace ICP.Domain.Applications;

/// <summary>What a submission freezes: the canonical answers and their hash, plus the fields staff filter on.</summary>
public sealed record SubmissionSnapshot(string ContentJson, string ContentSha256, int? PrimaryThemeId, int? SecondaryThemeId);
