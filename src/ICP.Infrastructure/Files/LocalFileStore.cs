using System.Security.Cryptography;

namespace ICP.Infrastructure.Files;

/// <summary>
/// Files in a folder (default App_Data/files under the content root, never under wwwroot). Each is
/// written to a temporary name, flushed to disk and renamed, so an acknowledged upload survives a
/// crash and a half-written file is never visible under its key.
/// </summary>
/// <remarks>
/// <c>fileClock</c> must be the clock the file system stamps files with (the system clock), not the
/// portal's clock, which may be simulated: it only judges how old a file is.
/// </remarks>
public sealed class LocalFileStore(string root, TimeProvider fileClock) : IFileStore
{
    public string Root { get; } = root;

    public async Task<StoredFile> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Root);
        var key = Guid.NewGuid().ToString("N");
        var temporary = Path.Combine(Root, key + ".partial");
        long size;
        byte[] hash;
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            await file.FlushAsync(cancellationToken);
            file.Flush(flushToDisk: true);
            size = file.Length;
            hash = sha.GetHashAndReset();
        }

        File.Move(temporary, PathFor(key));
        return new StoredFile(key, size, Convert.ToHexStringLower(hash));
    }

    public Stream OpenRead(string key) =>
        new FileStream(PathFor(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public void Delete(string key)
    {
        // File.Delete does nothing when the file is not there: a repeated sweep is harmless.
        File.Delete(PathFor(key));
    }

    public IReadOnlyList<StoredEntry> ListUntouchedFor(TimeSpan age)
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        var before = fileClock.GetUtcNow().UtcDateTime - age;
        var entries = new List<StoredEntry>();
        foreach (var path in Directory.EnumerateFiles(Root))
        {
            var name = Path.GetFileName(path);
            var partial = name.EndsWith(".partial", StringComparison.Ordinal);
            var key = partial ? name[..^".partial".Length] : name.EndsWith(".bin", StringComparison.Ordinal) ? name[..^".bin".Length] : null;
            if (key is { Length: 32 } && key.All(Uri.IsHexDigit) && File.GetLastWriteTimeUtc(path) < before)
            {
                entries.Add(new StoredEntry(key, partial));
            }
        }

        return entries;
    }

    public void DeletePartial(string key)
    {
        if (key.Length == 32 && key.All(Uri.IsHexDigit))
        {
            File.Delete(Path.Combine(Root, key + ".partial"));
        }
    }

    private string PathFor(string key)
    {
        // Keys are ours (32 hex digits); anything else is refused rather than joined to a path.
        if (key.Length != 32 || !key.All(Uri.IsHexDigit))
        {
            throw new ArgumentException("Not a file key.", nameof(key));
        }

        return Path.Combine(Root, key + ".bin");
    }
}
