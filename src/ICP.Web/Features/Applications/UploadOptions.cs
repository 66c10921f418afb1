using ICP.Domain.Applications;

namespace ICP.Web.Features.Applications;

/// <summary>Settings in the <c>Uploads</c> section: the application's upload rule and how stored files are swept.</summary>
public sealed class UploadOptions
{
    /// <summary>Letters one application may upload within <see cref="Window"/>.</summary>
    public int MaxPerWindow { get; set; } = UploadPolicy.Default.MaxUploads;

    public TimeSpan Window { get; set; } = UploadPolicy.Default.Window;

    /// <summary>Bytes one application may keep: its current letter and those its submitted versions cite.</summary>
    public long MaxKeptBytes { get; set; } = UploadPolicy.Default.MaxKeptBytes;

    /// <summary>How often the sweep deletes released letters and files no row refers to.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a file no row refers to is left alone: an upload stores its file before its row
    /// commits, so only a file older than any request can be is an orphan (a crash between the two).
    /// </summary>
    public TimeSpan OrphanGrace { get; set; } = TimeSpan.FromHours(1);

    public UploadPolicy Policy => new(MaxPerWindow, Window, MaxKeptBytes);
}
