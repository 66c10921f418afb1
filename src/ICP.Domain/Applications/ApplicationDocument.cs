namespace ICP.Domain.Applications;

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
