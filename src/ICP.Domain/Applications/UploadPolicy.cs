namespace ICP.Domain.Applications;

/// <summary>
/// How much an application may upload: at most <see cref="MaxUploads"/> letters in any
/// <see cref="Window"/> (counted from the application's own upload records, so every instance agrees),
/// and at most <see cref="MaxKeptBytes"/> kept on disk (the current letter and the letters its
/// submitted versions cite; a superseded letter no version cites is deleted).
/// </summary>
public sealed record UploadPolicy(int MaxUploads, TimeSpan Window, long MaxKeptBytes)
{
    /// <summary>
    /// Five letters in ten minutes is ample for an officer who picked the wrong file; 50 MB is ten
    /// letters at the 5 MB limit, each cited by a different submitted version.
    /// </summary>
    public static UploadPolicy Default { get; } = new(5, TimeSpan.FromMinutes(10), 50L * 1024 * 1024);
}
