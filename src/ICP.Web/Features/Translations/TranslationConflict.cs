using ICP.Domain.Programme;

namespace ICP.Web.Features.Translations;

/// <summary>A text someone else changed after the editor opened the page: not saved, theirs shown.</summary>
public sealed record TranslationConflict(ContentKind Kind, int EntityId, ContentField Field, string? TheirText, string By, DateTimeOffset? At);
