using ICP.Web.Configuration;

namespace ICP.Web.Features.Translations;

/// <summary>The editor of the call's texts in one language.</summary>
public sealed record TranslationsPage(PortalLanguage Language, IReadOnlyList<PortalLanguage> Languages, IReadOnlyList<TranslationRow> Rows)
{
    public IReadOnlyList<TranslationConflict> Conflicts { get; init; } = [];

    /// <summary>What the editor typed, kept after a refused save (key: kind, entity, field).</summary>
    public IReadOnlyDictionary<(ICP.Domain.Programme.ContentKind, int, ICP.Domain.Programme.ContentField), string> Typed { get; init; } =
        new Dictionary<(ICP.Domain.Programme.ContentKind, int, ICP.Domain.Programme.ContentField), string>();
}
