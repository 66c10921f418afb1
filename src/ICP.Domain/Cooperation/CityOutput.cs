using ICP.Domain.Applications;
using ICP.Domain.Common;

namespace ICP.Domain.Cooperation;

/// <summary>
/// A document a participating city hands in (its local action plan, a good-practice note), stored
/// outside the web root like the letters. Staff review it and may publish it on /partnerships.
/// Every review renews <see cref="ConcurrencyToken"/>, so two staff members reviewing at once
/// cannot both win, and a review made on an out-of-date page is reported (ADR 12).
/// </summary>
public sealed class CityOutput
{
    public const int TitleLength = 200;

    public const int NoteLength = 500;

    public const int FileNameLength = 200;

    private CityOutput()
    {
        Title = string.Empty;
        StorageKey = string.Empty;
        FileName = string.Empty;
        Sha256 = string.Empty;
        UploadedBy = string.Empty;
        UploadedByName = string.Empty;
        Note = string.Empty;
    }

    public CityOutput(int applicationId, OutputKind kind, string title, string storageKey, string fileName, long sizeBytes, string sha256, Actor actor, DateTimeOffset at)
    {
        var cleanTitle = title.Trim();
        if (cleanTitle.Length is 0 or > TitleLength)
        {
            throw new InvalidProgrammeDataException($"An output's title has 1 to {TitleLength} characters.");
        }

        ApplicationId = applicationId;
        Kind = kind;
        Title = cleanTitle;
        StorageKey = storageKey;
        FileName = fileName;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        UploadedBy = actor.UserId;
        UploadedByName = actor.Name;
        UploadedAt = at.ToUniversalTime();
        State = OutputState.Received;
        Note = string.Empty;
        ConcurrencyToken = Guid.NewGuid();
    }

    public int Id { get; private set; }

    /// <summary>The participating city (its application: the city as the programme knows it).</summary>
    public int ApplicationId { get; private set; }

    public OutputKind Kind { get; private set; }

    public string Title { get; private set; }

    public string StorageKey { get; private set; }

    /// <summary>The uploader's file name (cleaned), used for downloads.</summary>
    public string FileName { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>SHA-256 of the bytes, lower-case hex.</summary>
    public string Sha256 { get; private set; }

    public string UploadedBy { get; private set; }

    public string UploadedByName { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public OutputState State { get; private set; }

    /// <summary>Staff's note to the city when they keep it off the public page; empty otherwise.</summary>
    public string Note { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public Guid ConcurrencyToken { get; private set; }

    public bool IsPublished => State == OutputState.Published;

    /// <summary>Puts the output on the public page (from received, or after it was kept off).</summary>
    public void Publish(string by, DateTimeOffset at)
    {
        if (State == OutputState.Published)
        {
            throw new OutputStateException(State);
        }

        State = OutputState.Published;
        Note = string.Empty;
        PublishedAt = at.ToUniversalTime();
        Reviewed(by, at);
    }

    /// <summary>Keeps the output off the public page (or takes it off again), with a note the city reads.</summary>
    public void KeepUnpublished(string note, string by, DateTimeOffset at)
    {
        var clean = note.Trim();
        if (clean.Length is 0 or > NoteLength)
        {
            throw new InvalidProgrammeDataException($"A review note has 1 to {NoteLength} characters.");
        }

        if (State == OutputState.NotPublished)
        {
            throw new OutputStateException(State);
        }

        State = OutputState.NotPublished;
        Note = clean;
        PublishedAt = null;
        Reviewed(by, at);
    }

    /// <summary>
    /// Throws when one more output of <paramref name="sizeBytes"/> would break <paramref name="policy"/>
    /// for a city that already handed in <paramref name="existing"/>: the same rule as the letters
    /// (at most so many uploads in the window, at most so many bytes kept). Asked before the file is
    /// stored, and again inside the write unit on fresh data.
    /// </summary>
    public static void EnsureUploadAllowed(IReadOnlyCollection<(DateTimeOffset UploadedAt, long SizeBytes)> existing, long sizeBytes, DateTimeOffset arrivedAt, UploadPolicy policy)
    {
        var since = arrivedAt - policy.Window;
        var recent = existing.Where(o => o.UploadedAt > since).Select(o => o.UploadedAt).Order().ToList();
        if (recent.Count >= policy.MaxUploads)
        {
            // The oldest upload inside the window leaves it first.
            var retryAfter = recent[recent.Count - policy.MaxUploads] + policy.Window - arrivedAt;
            throw new UploadRateExceededException(policy.MaxUploads, policy.Window, retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromSeconds(1));
        }

        if (existing.Sum(o => o.SizeBytes) + sizeBytes > policy.MaxKeptBytes)
        {
            throw new DocumentQuotaExceededException(policy.MaxKeptBytes);
        }
    }

    private void Reviewed(string by, DateTimeOffset at)
    {
        ReviewedBy = by;
        ReviewedAt = at.ToUniversalTime();
        ConcurrencyToken = Guid.NewGuid();
    }
}
