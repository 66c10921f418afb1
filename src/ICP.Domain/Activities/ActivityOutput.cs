using ICP.Domain.Common;

namespace ICP.Domain.Activities;

/// <summary>
/// Something staff attach to an activity (slides, a recording's link, a report): either a PDF kept
/// in the file store under the letters' rules, or an https link. The public activity page lists it
/// while it is public; its file answers 404 to everyone but staff while it is not (ADR 22). Every
/// change renews <see cref="ConcurrencyToken"/>, so a change made on an out-of-date staff page is
/// reported rather than applied over a colleague's (ADR 12).
/// </summary>
public sealed class ActivityOutput
{
    public const int TitleLength = 200;

    public const int LinkLength = 500;

    public const int FileNameLength = 200;

    private ActivityOutput()
    {
        Title = string.Empty;
        Link = string.Empty;
        FileName = string.Empty;
        Sha256 = string.Empty;
        AddedBy = string.Empty;
        ChangedBy = string.Empty;
    }

    private ActivityOutput(int activityId, ActivityOutputKind kind, string title, bool isPublic, string by, DateTimeOffset at)
        : this()
    {
        var cleanTitle = title.Trim();
        if (cleanTitle.Length == 0)
        {
            throw new ActivityInvalidException(ActivityProblem.TitleMissing);
        }

        if (cleanTitle.Length > TitleLength)
        {
            throw new ActivityInvalidException(ActivityProblem.TextTooLong);
        }

        if (!Enum.IsDefined(kind))
        {
            throw new InvalidProgrammeDataException($"Unknown kind of output {kind}.");
        }

        ActivityId = activityId;
        Kind = kind;
        Title = cleanTitle;
        IsPublic = isPublic;
        AddedBy = by;
        AddedAt = at.ToUniversalTime();
        Changed(by, at);
    }

    public int Id { get; private set; }

    public int ActivityId { get; private set; }

    public ActivityOutputKind Kind { get; private set; }

    /// <summary>As staff typed it, usually the document's own title; shown in its language (ADR 22).</summary>
    public string Title { get; private set; }

    /// <summary>The https address of a link output; empty for a file.</summary>
    public string Link { get; private set; }

    /// <summary>The file store's key of a file output; null for a link.</summary>
    public string? StorageKey { get; private set; }

    /// <summary>The uploader's file name (cleaned), used for downloads; empty for a link.</summary>
    public string FileName { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>SHA-256 of the file, lower-case hex; empty for a link.</summary>
    public string Sha256 { get; private set; }

    public bool IsPublic { get; private set; }

    public string AddedBy { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public Guid ConcurrencyToken { get; private set; }

    public bool IsFile => StorageKey is not null;

    /// <summary>A PDF already checked and stored by the caller (content, size, upload rate and quota).</summary>
    public static ActivityOutput WithFile(
        Activity activity, ActivityOutputKind kind, string title, string storageKey, string fileName, long sizeBytes, string sha256, bool isPublic, string by, DateTimeOffset at) =>
        new(activity.Id, kind, title, isPublic, by, at)
        {
            StorageKey = storageKey,
            FileName = fileName,
            SizeBytes = sizeBytes,
            Sha256 = sha256,
        };

    /// <summary>A link; refused unless it is a full https address (the public page links to it).</summary>
    public static ActivityOutput WithLink(Activity activity, ActivityOutputKind kind, string title, string link, bool isPublic, string by, DateTimeOffset at)
    {
        if (!IsHttpsLink(link))
        {
            throw new ActivityInvalidException(ActivityProblem.OutputLinkInvalid);
        }

        return new ActivityOutput(activity.Id, kind, title, isPublic, by, at) { Link = link.Trim() };
    }

    /// <summary>
    /// Whether <paramref name="link"/> may be published: an absolute https address with a host, at
    /// most <see cref="LinkLength"/> characters. Never javascript:, data:, http: or a relative path.
    /// </summary>
    public static bool IsHttpsLink(string? link) =>
        link is not null
        && link.Trim() is { Length: > 0 and <= LinkLength } clean
        && Uri.TryCreate(clean, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host)
        && string.IsNullOrEmpty(uri.UserInfo);

    /// <summary>Shows the output on the public page or takes it off; setting what it already is changes nothing.</summary>
    public bool ChangeVisibility(bool isPublic, string by, DateTimeOffset at)
    {
        if (IsPublic == isPublic)
        {
            return false;
        }

        IsPublic = isPublic;
        Changed(by, at);
        return true;
    }

    private void Changed(string by, DateTimeOffset at)
    {
        ChangedBy = by;
        ChangedAt = at.ToUniversalTime();
        ConcurrencyToken = Guid.NewGuid();
    }
}
