namespace ICP.Infrastructure.Files;

/// <summary>Uploaded documents, kept outside the web root and addressed by an opaque key.</summary>
public interface IFileStore
{
    Task<StoredFile> SaveAsync(Stream content, CancellationToken cancellationToken);

    Stream OpenRead(string key);

    /// <summary>Deletes the file under <paramref name="key"/>; a file already gone is not an error (a sweep repeated after a crash).</summary>
    void Delete(string key);

    /// <summary>
    /// Every file in the store (finished or still being written) that has not been written to for at
    /// least <paramref name="age"/>, by the file system's own clock. Keys of unfinished writes are
    /// reported as they are, so the caller can tell them apart (<see cref="StoredEntry.IsPartial"/>).
    /// </summary>
    IReadOnlyList<StoredEntry> ListUntouchedFor(TimeSpan age);

    /// <summary>Deletes a write that never finished (the process stopped between writing and renaming).</summary>
    void DeletePartial(string key);
}
