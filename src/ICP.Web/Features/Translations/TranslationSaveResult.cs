namespace ICP.Web.Features.Translations;

/// <summary>How many texts a save changed, and the ones it refused to overwrite.</summary>
public sealed record TranslationSaveResult(int Changed, IReadOnlyList<TranslationConflict> Conflicts);
