using ICP.Domain.Programme;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Translations;

/// <summary>Reads for the translation editor: every translatable text of the current call, in English and in one language.</summary>
public sealed class TranslationQueries(IcpDbContext db, CurrentCall currentCall)
{
    public static bool IsTranslatedLanguage(string? code) =>
        code is not null && code != "en" && LocalisationSetup.Languages.Any(l => l.Code == code);

    public static IReadOnlyList<PortalLanguage> TranslatedLanguages =>
        [.. LocalisationSetup.Languages.Where(l => l.Code != "en")];

    public async Task<TranslationsPage?> PageAsync(string language, CancellationToken cancellationToken)
    {
        if (!IsTranslatedLanguage(language))
        {
            return null;
        }

        var call = await currentCall.Query(CallAudience.Staff)
            .Select(c => new
            {
                c.Id, c.Title, c.Summary, c.ManagedBy,
                Objectives = c.Objectives.OrderBy(o => o.Order).Select(o => new { o.Id, o.Text }).ToList(),
                Themes = c.Themes.OrderBy(t => t.Order).Select(t => new { t.Id, t.Name, t.Description }).ToList(),
                Groups = c.QuotaGroups.OrderBy(g => g.Order).Select(g => new { g.Id, g.Name }).ToList(),
                Phases = c.Phases.OrderBy(p => p.Order).Select(p => new { p.Id, p.Title, p.Description }).ToList(),
                Criteria = c.Criteria.OrderBy(k => k.Order).Select(k => new { k.Id, k.Title, k.Description }).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (call is null)
        {
            return null;
        }

        var translations = (await db.ContentTranslations.AsNoTracking()
                .Where(t => t.CallId == call.Id && t.Culture == language)
                .Select(t => new { t.Kind, t.EntityId, t.Field, t.Text, t.Version, t.UpdatedBy, t.UpdatedAt })
                .ToListAsync(cancellationToken))
            .ToDictionary(t => (t.Kind, t.EntityId, t.Field));

        // In the order the public pages show them; the English text is the entity's own.
        var english = new List<(ContentKind Kind, int Id, ContentField Field, string Text)>
        {
            (ContentKind.Call, call.Id, ContentField.Title, call.Title),
            (ContentKind.Call, call.Id, ContentField.Summary, call.Summary),
            (ContentKind.Call, call.Id, ContentField.ManagedBy, call.ManagedBy),
        };
        english.AddRange(call.Objectives.Select(o => (ContentKind.Objective, o.Id, ContentField.Text, o.Text)));
        english.AddRange(call.Themes.SelectMany(t => new[] { (ContentKind.Theme, t.Id, ContentField.Name, t.Name), (ContentKind.Theme, t.Id, ContentField.Description, t.Description) }));
        english.AddRange(call.Groups.Select(g => (ContentKind.QuotaGroup, g.Id, ContentField.Name, g.Name)));
        english.AddRange(call.Phases.SelectMany(p => new[] { (ContentKind.Phase, p.Id, ContentField.Title, p.Title), (ContentKind.Phase, p.Id, ContentField.Description, p.Description) }));
        english.AddRange(call.Criteria.SelectMany(k => new[] { (ContentKind.Criterion, k.Id, ContentField.Title, k.Title), (ContentKind.Criterion, k.Id, ContentField.Description, k.Description) }));

        // The cooperation phase's activities, in the order they take place (an empty description has nothing to translate).
        var activities = await db.Activities.AsNoTracking().Where(a => a.CallId == call.Id).OrderBy(a => a.StartsAt)
            .Select(a => new { a.Id, a.Title, a.Description }).ToListAsync(cancellationToken);
        english.AddRange(activities.SelectMany(a => new[] { (ContentKind.Activity, a.Id, ContentField.Title, a.Title), (ContentKind.Activity, a.Id, ContentField.Description, a.Description) })
            .Where(e => e.Item4.Length > 0));

        var rows = english.Select(e => translations.TryGetValue((e.Kind, e.Id, e.Field), out var t)
                ? new TranslationRow(e.Kind, e.Id, e.Field, e.Text, t.Text, t.Version, t.UpdatedBy, t.UpdatedAt)
                : new TranslationRow(e.Kind, e.Id, e.Field, e.Text, null, null, null, null))
            .ToList();
        return new TranslationsPage(LocalisationSetup.For(language), TranslatedLanguages, rows);
    }
}
