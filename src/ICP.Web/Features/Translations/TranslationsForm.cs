namespace ICP.Web.Features.Translations;

/// <summary>The translations of the call's texts into one language, as the editor posts them.</summary>
public sealed class TranslationsForm
{
    public string Language { get; set; } = string.Empty;

    public List<TranslationField> Fields { get; set; } = [];
}
