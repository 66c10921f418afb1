using System.Collections.Concurrent;
using Microsoft.Extensions.Localization;

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

internal sealed class RecordingLocalizerFactory(IStringLocalizerFactory inner, MissingTranslations missing) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new RecordingLocalizer(inner.Create(resourceSource), missing);

    public IStringLocalizer Create(string baseName, string location) => new RecordingLocalizer(inner.Create(baseName, location), missing);

    private sealed class RecordingLocalizer(IStringLocalizer inner, MissingTranslations missing) : IStringLocalizer
    {
        public LocalizedString this[string name] => Check(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Check(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Check(LocalizedString result)
        {
            var culture = System.Globalization.CultureInfo.CurrentUICulture;
            if (result.ResourceNotFound && culture.TwoLetterISOLanguageName != "en")
            {
                missing.Record(culture.Name, result.Name);
            }

            return result;
        }
    }
}
