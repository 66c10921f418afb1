using ICP.Domain.Programme;

namespace ICP.Web.Features.Translations;

/// <summary>One text on the editor: its English original and its translation in the language edited (if any).</summary>
public sealed record TranslationRow(
    ContentKind Kind, int EntityId, ContentField Field, string English, string? Translation, Guid? Version, string? UpdatedBy, DateTimeOffset? UpdatedAt);
