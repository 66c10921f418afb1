using System.Collections.Concurrent;

namespace ICP.Testing;

/// <summary>
/// Wraps the portal's localiser factory and remembers every key that a non-English request asked
/// for and the resources did not have, so that a test can crawl pages in French and prove that no
/// English text slipped through.
/// </summary>
public sealed class MissingTranslations
{
    private readonly ConcurrentDictionary<string, byte> _missing = new();

    public IReadOnlyCollection<string> Keys => [.. _missing.Keys.Order(StringComparer.Ordinal)];

    public void Clear() => _missing.Clear();

    internal void Record(string culture, string key) => _missing.TryAdd($"[{culture}] {key}", 0);
}
