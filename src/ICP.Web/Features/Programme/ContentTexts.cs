using System.Globalization;
using ICP.Domain.Programme;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Programme;

/// <summary>
/// A call's programme texts in the current interface language (ADR 16): each translated field
/// from ContentTranslations, else the entity's English text marked as English. Loaded in one
/// query per page, and not at all for an English page.
/// </summary>
public sealed class ContentTexts
{
    private readonly Dictionary<(ContentKind Kind, int EntityId, ContentField Field), string> _texts;

    private ContentTexts(string culture, Dictionary<(ContentKind, int, ContentField), string> texts)
    {
        Culture = culture;
        _texts = texts;
    }

    /// <summary>The language of the page the texts are for.</summary>
    public string Culture { get; }

    public static ContentTexts InEnglish { get; } = new("en", []);

    /// <summary>The texts of a call in the current UI culture.</summary>
    public static async Task<ContentTexts> LoadAsync(IcpDbContext db, int callId, CancellationToken cancellationToken)
    {
        var culture = LocalisationSetup.For(CultureInfo.CurrentUICulture.Name).Code;
        if (culture == "en")
        {
            return InEnglish;
        }

        var rows = await db.ContentTranslations.AsNoTracking()
            .Where(t => t.CallId == callId && t.Culture == culture)
            .Select(t => new { t.Kind, t.EntityId, t.Field, t.Text })
            .ToListAsync(cancellationToken);
        return new ContentTexts(culture, rows.ToDictionary(r => (r.Kind, r.EntityId, r.Field), r => r.Text));
    }

    public LocalisedText Of(ContentKind kind, int entityId, ContentField field, string english)
    {
        if (Culture == "en")
        {
            return LocalisedText.English(english);
        }

        return _texts.TryGetValue((kind, entityId, field), out var text) ? new LocalisedText(text, null) : new LocalisedText(english, "en");
    }
}
