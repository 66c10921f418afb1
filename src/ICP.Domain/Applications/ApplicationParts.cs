namespace ICP.Domain.Applications;

/// <summary>One saved step of the draft: its answers as JSON, whether they are complete, who saved them last.</summary>
public sealed class ApplicationSection
{
    private ApplicationSection()
    {
        DataJson = "{}";
    }

    internal ApplicationSection(ApplicationStep step)
    {
        Step = step;
        DataJson = "{}";
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    public ApplicationStep Step { get; private set; }

    public string DataJson { get; private set; }

    public bool IsComplete { get; private set; }

    /// <summary>Concurrency token: the version an editor started from must still be the saved one.</summary>
    public Guid Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string? UpdatedBy { get; private set; }

    public string? UpdatedByName { get; private set; }

    /// <summary>The answers and the editor's name erased (retention over); the step's completeness stays, for statistics.</summary>
    internal void Erase(DateTimeOffset at)
    {
        DataJson = "{}";
        UpdatedBy = null;
        UpdatedByName = ErasedData.Name;
        UpdatedAt = at.ToUniversalTime();
        Version = Guid.NewGuid();
    }

    internal void Update(string dataJson, bool isComplete, Actor actor, DateTimeOffset at)
    {
        DataJson = dataJson;
        IsComplete = isComplete;
        UpdatedAt = at.ToUniversalTime();
        UpdatedBy = actor.UserId;
        UpdatedByName = actor.Name;
        Version = Guid.NewGuid();
    }
}

/// <summary>An uploaded file (the signed letter of political commitment), stored outside the web root.</summary>
public sealed class ApplicationDocument
{
    private ApplicationDocument()
    {
        StorageKey = string.Empty;
        FileName = string.Empty;
        Sha256 = string.Empty;
        UploadedBy = string.Empty;
        UploadedByName = string.Empty;
    }

    internal ApplicationDocument(string storageKey, string fileName, long sizeBytes, string sha256, Actor actor, DateTimeOffset at)
    {
        StorageKey = storageKey;
        FileName = fileName;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        UploadedBy = actor.UserId;
        UploadedByName = actor.Name;
        UploadedAt = at.ToUniversalTime();
        IsCurrent = true;
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    public string StorageKey { get; private set; }

    /// <summary>The name the uploader's file had (cleaned), used for downloads.</summary>
    public string FileName { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>SHA-256 of the bytes, lower-case hex.</summary>
    public string Sha256 { get; private set; }

    public string UploadedBy { get; private set; }

    public string UploadedByName { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public bool IsCurrent { get; private set; }

    /// <summary>When the file was deleted from the store (superseded and cited by no version); the row stays, for the history and the upload count.</summary>
    public DateTimeOffset? FileDeletedAt { get; private set; }

    internal void Supersede() => IsCurrent = false;

    /// <summary>The uploader's name and the file's name erased (retention over); size and hash stay.</summary>
    internal void Erase()
    {
        FileName = ErasedData.FileName;
        UploadedBy = ErasedData.Name;
        UploadedByName = ErasedData.Name;
        IsCurrent = false;
    }

    /// <summary>Records that the file is gone. Only for a letter <see cref="Application.DocumentsToDelete"/> listed.</summary>
    public void MarkFileDeleted(DateTimeOffset at)
    {
        if (IsCurrent)
        {
            throw new InvalidOperationException("The current letter's file is never deleted.");
        }

        FileDeletedAt ??= at.ToUniversalTime();
    }
}

/// <summary>What a submission freezes: the canonical answers and their hash, plus the fields staff filter on.</summary>
public sealed record SubmissionSnapshot(string ContentJson, string ContentSha256, int? PrimaryThemeId, int? SecondaryThemeId);

/// <summary>
/// An immutable submitted version with its receipt: arrival time, content hash, document hash, and
/// a code anyone can use to verify the receipt.
/// </summary>
public sealed class ApplicationVersion
{
    private ApplicationVersion()
    {
        ContentJson = string.Empty;
        ContentSha256 = string.Empty;
        DocumentSha256 = string.Empty;
        ReceiptCode = string.Empty;
        SubmittedBy = string.Empty;
        SubmittedByName = string.Empty;
    }

    internal ApplicationVersion(
        int number, SubmissionSnapshot snapshot, int documentId, string documentSha256, Guid idempotencyKey, string receiptCode,
        Actor actor, DateTimeOffset submittedAt)
    {
        Number = number;
        ContentJson = snapshot.ContentJson;
        ContentSha256 = snapshot.ContentSha256;
        PrimaryThemeId = snapshot.PrimaryThemeId;
        SecondaryThemeId = snapshot.SecondaryThemeId;
        DocumentId = documentId;
        DocumentSha256 = documentSha256;
        IdempotencyKey = idempotencyKey;
        ReceiptCode = receiptCode;
        SubmittedBy = actor.UserId;
        SubmittedByName = actor.Name;
        SubmittedAt = submittedAt.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    public int Number { get; private set; }

    /// <summary>Server arrival time of the submitting request (UTC).</summary>
    public DateTimeOffset SubmittedAt { get; private set; }

    public string SubmittedBy { get; private set; }

    public string SubmittedByName { get; private set; }

    /// <summary>The answers, canonical JSON (fixed property order, invariant formats).</summary>
    public string ContentJson { get; private set; }

    /// <summary>SHA-256 of <see cref="ContentJson"/>'s UTF-8 bytes, lower-case hex.</summary>
    public string ContentSha256 { get; private set; }

    public int DocumentId { get; private set; }

    public string DocumentSha256 { get; private set; }

    public int? PrimaryThemeId { get; private set; }

    public int? SecondaryThemeId { get; private set; }

    /// <summary>Sent with the submit form; the same key never makes a second version.</summary>
    public Guid IdempotencyKey { get; private set; }

    /// <summary>The public verification code printed on the receipt.</summary>
    public string ReceiptCode { get; private set; }

    /// <summary>
    /// The answers and the submitter's name erased (retention over). The receipt's code, time and
    /// hashes stay, so the receipt can still be checked; the content it fingerprinted is gone.
    /// </summary>
    internal void Erase()
    {
        ContentJson = ErasedData.ContentJson;
        SubmittedBy = ErasedData.Name;
        SubmittedByName = ErasedData.Name;
    }
}

/// <summary>One row of an application's status history: who, when, from, to, why.</summary>
public sealed class ApplicationStatusChange
{
    private ApplicationStatusChange()
    {
        ActorId = string.Empty;
        ActorName = string.Empty;
        Reason = string.Empty;
    }

    internal ApplicationStatusChange(
        ApplicationStatus? from, ApplicationStatus to, Actor actor, DateTimeOffset at, StatusChangeReason reasonCode, string reason = "", int? versionNumber = null)
    {
        IsOverride = reasonCode == StatusChangeReason.Override;
        From = from;
        To = to;
        ActorId = actor.UserId;
        ActorName = actor.Name;
        At = at.ToUniversalTime();
        ReasonCode = reasonCode;
        Reason = reason;
        VersionNumber = versionNumber;
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    public ApplicationStatus? From { get; private set; }

    public ApplicationStatus To { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Why the status changed, shown in each reader's language.</summary>
    public StatusChangeReason ReasonCode { get; private set; }

    /// <summary>What the person typed as the reason (a withdrawal, a decline, an override), in their words; empty when they typed nothing.</summary>
    public string Reason { get; private set; }

    /// <summary>The version submitted, for <see cref="StatusChangeReason.VersionSubmitted"/>.</summary>
    public int? VersionNumber { get; private set; }

    /// <summary>Set by a staff override of the transition table.</summary>
    public bool IsOverride { get; private set; }

    /// <summary>The actor's name and any reason a person typed erased (retention over); the transition and its time stay.</summary>
    internal void Erase()
    {
        ActorId = ErasedData.Name;
        ActorName = ErasedData.Name;

        // Only what a person typed is personal; the code says nothing about anyone.
        if (Reason.Length > 0)
        {
            Reason = ErasedData.Name;
        }
    }
}

/// <summary>What erased personal data is replaced with: visibly erased, never an empty value a reader could take for "not given".</summary>
public static class ErasedData
{
    public const string Name = "(erased)";

    public const string FileName = "erased.pdf";

    public const string ContentJson = "{\"erased\":true}";
}
