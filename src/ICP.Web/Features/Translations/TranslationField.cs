using ICP.Domain.Programme;

namespace ICP.Web.Features.Translations;

/// <summary>
/// One translatable text as the editor posts it: which text, the translation the page showed
/// (<see cref="Original"/>, with its <see cref="Version"/>) and the one typed.
/// </summary>
public sealed class TranslationField
{
    public ContentKind Kind { get; set; }

    public int EntityId { get; set; }

    public ContentField Field { get; set; }

    public Guid? Version { get; set; }

    public string Original { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}
