namespace ICP.Infrastructure.Files;

/// <summary>A stored file: its key, size and SHA-256 (lower-case hex).</summary>
public sealed record StoredFile(string Key, long SizeBytes, string Sha256);
