using Microsoft.Extensions.Localization;

namespace ICP.Testing;

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
