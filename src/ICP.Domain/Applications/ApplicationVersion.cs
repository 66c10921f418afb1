namespace ICP.Domain.Applications;

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
