using ICP.Domain.Common;

namespace ICP.Domain.Programme;

/// <summary>
/// One field of one programme entity (a theme's name, a phase's description) in one language
/// other than English, the language the entity itself holds and falls back to. Keyed by kind,
/// entity id, field and culture; <see cref="Version"/> is renewed on every change so that two staff
/// editing the same text at once cannot overwrite each other unknowingly.
/// </summary>
public sealed class ContentTranslation
{
    public const int MaxTextLength = 4000;

    private ContentTranslation()
    {
        Culture = string.Empty;
        Text = string.Empty;
        UpdatedBy = string.Empty;
    }

    public ContentTranslation(int callId, ContentKind kind, int entityId, ContentField field, string culture, string text, DateTimeOffset now, string updatedBy)
    {
        if (!TranslatableContent.IsTranslatable(kind, field))
        {
            throw new InvalidProgrammeDataException($"{kind}.{field} is not a translatable text.");
        }

        if (string.IsNullOrWhiteSpace(culture) || culture.Length is < 2 or > 10 || culture == "en" || !culture.All(c => char.IsAsciiLetterLower(c) || c == '-'))
        {
            throw new InvalidProgrammeDataException($"'{culture}' is not a language a translation can be in (English is the entity's own text).");
        }

        CallId = callId;
        Kind = kind;
        EntityId = entityId;
        Field = field;
        Culture = culture;
        Text = string.Empty;
        UpdatedBy = string.Empty;
        Revise(text, now, updatedBy);
    }

    public int Id { get; private set; }

    /// <summary>The call the entity belongs to: a page loads all of a call's texts in one language at once.</summary>
    public int CallId { get; private set; }

    public ContentKind Kind { get; private set; }

    public int EntityId { get; private set; }

    public ContentField Field { get; private set; }

    public string Culture { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    /// <summary>Concurrency token, renewed on every change (SQLite has no rowversion).</summary>
    public Guid Version { get; private set; }

    public void Revise(string text, DateTimeOffset now, string updatedBy)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new InvalidProgrammeDataException($"{Kind}.{Field} in '{Culture}': a translation cannot be empty (remove it to fall back to English).");
        }

        if (trimmed.Length > MaxTextLength)
        {
            throw new InvalidProgrammeDataException($"{Kind}.{Field} in '{Culture}': at most {MaxTextLength} characters.");
        }

        Text = trimmed;
        UpdatedAt = now;
        UpdatedBy = updatedBy;
        Version = Guid.NewGuid();
    }
}
