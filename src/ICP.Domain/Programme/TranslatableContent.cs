namespace ICP.Domain.Programme;

/// <summary>
/// Which fields of which programme entities are translated (ADR 12). English stays on the entity
/// itself and is the fallback; translations are rows of <see cref="ContentTranslation"/>. Another
/// entity becomes translatable by adding its kind here
/// and its rows: no table or column of its own.
/// </summary>
public static class TranslatableContent
{
    public static IReadOnlyDictionary<ContentKind, IReadOnlyList<ContentField>> Fields { get; } = new Dictionary<ContentKind, IReadOnlyList<ContentField>>
    {
        [ContentKind.Call] = [ContentField.Title, ContentField.Summary, ContentField.ManagedBy],
        [ContentKind.Objective] = [ContentField.Text],
        [ContentKind.Theme] = [ContentField.Name, ContentField.Description],
        [ContentKind.QuotaGroup] = [ContentField.Name],
        [ContentKind.Phase] = [ContentField.Title, ContentField.Description],
        [ContentKind.Criterion] = [ContentField.Title, ContentField.Description],
        [ContentKind.Activity] = [ContentField.Title, ContentField.Description],
    };

    public static bool IsTranslatable(ContentKind kind, ContentField field) =>
        Fields.TryGetValue(kind, out var fields) && fields.Contains(field);
}
