using System.ComponentModel.DataAnnotations;
using ICP.Domain.Applications;

namespace ICP.Web.Features.Applications;

/// <summary>Settings in the <c>Uploads</c> section: the application's upload rule and how stored files are swept.</summary>
public sealed class UploadOptions
{
    /// <summary>Letters one application may upload within <see cref="Window"/>.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Uploads:MaxPerWindow must be at least 1.")]
    public int MaxPerWindow { get; set; } = UploadPolicy.Default.MaxUploads;

    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00", ParseLimitsInInvariantCulture = true, ErrorMessage = "Uploads:Window must be between 00:00:01 and 365 days.")]
    public TimeSpan Window { get; set; } = UploadPolicy.Default.Window;

    /// <summary>Bytes one application may keep: its current letter and those its submitted versions cite.</summary>
    [Range(1L, long.MaxValue, ErrorMessage = "Uploads:MaxKeptBytes must be at least 1.")]
    public long MaxKeptBytes { get; set; } = UploadPolicy.Default.MaxKeptBytes;

    /// <summary>How often the sweep deletes released letters and files no row refers to.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00", ParseLimitsInInvariantCulture = true, ErrorMessage = "Uploads:SweepInterval must be between 00:00:01 and 365 days.")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a file no row refers to is left alone: an upload stores its file before its row
    /// commits, so only a file older than any request can be is an orphan (a crash between the two).
    /// </summary>
    [Range(typeof(TimeSpan), "00:05:00", "365.00:00:00", ParseLimitsInInvariantCulture = true, ErrorMessage = "Uploads:OrphanGrace must be at least 00:05:00 (an upload in progress is not an orphan).")]
    public TimeSpan OrphanGrace { get; set; } = TimeSpan.FromHours(1);

    /// <summary><c>Uploads:RunSweeper</c>: run the file sweep in this instance.</summary>
    public bool RunSweeper { get; set; } = true;

    public UploadPolicy Policy => new(MaxPerWindow, Window, MaxKeptBytes);
}
