namespace ICP.Infrastructure.Files;

/// <summary>A file found in the store: its key, and whether it is a write that never finished.</summary>
public sealed record StoredEntry(string Key, bool IsPartial);
