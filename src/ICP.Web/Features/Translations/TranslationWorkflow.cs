using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Domain.Programme;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Audit;
using ICP.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Translations;

/// <summary>
/// Saves staff's translations of the call's texts into one language. A text someone else changed
/// since the editor opened the page is reported, never overwritten; an emptied translation is
/// removed, so the page falls back to the English text (marked as English).
/// </summary>
public sealed class TranslationWorkflow(IcpDbContext db, DatabaseWrites writes, AuditTrail audit, TimeProvider clock, CurrentCall currentCall)
{
    public Task<TranslationSaveResult> SaveAsync(TranslationsForm form, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(token => TrySaveAsync(form, by, token), cancellationToken);

    private async Task<TranslationSaveResult> TrySaveAsync(TranslationsForm form, StaffContext by, CancellationToken cancellationToken)
    {
        var callId = await currentCall.IdAsync(cancellationToken);

        // Only the call's own entities: an id from elsewhere is not a text of this call.
        var owned = new HashSet<(ContentKind, int)> { (ContentKind.Call, callId) };
        owned.UnionWith((await db.CallObjectives.Where(o => o.CallId == callId).Select(o => o.Id).ToListAsync(cancellationToken)).Select(id => (ContentKind.Objective, id)));
        owned.UnionWith((await db.Themes.Where(t => t.CallId == callId).Select(t => t.Id).ToListAsync(cancellationToken)).Select(id => (ContentKind.Theme, id)));
        owned.UnionWith((await db.QuotaGroups.Where(g => g.CallId == callId).Select(g => g.Id).ToListAsync(cancellationToken)).Select(id => (ContentKind.QuotaGroup, id)));
        owned.UnionWith((await db.TimelinePhases.Where(p => p.CallId == callId).Select(p => p.Id).ToListAsync(cancellationToken)).Select(id => (ContentKind.Phase, id)));
        owned.UnionWith((await db.EvaluationCriteria.Where(k => k.CallId == callId).Select(k => k.Id).ToListAsync(cancellationToken)).Select(id => (ContentKind.Criterion, id)));
        owned.UnionWith((await db.Activities.Where(a => a.CallId == callId).Select(a => a.Id).ToListAsync(cancellationToken)).Select(id => (ContentKind.Activity, id)));

        var existing = await db.ContentTranslations.Where(t => t.CallId == callId && t.Culture == form.Language).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var conflicts = new List<TranslationConflict>();
        var changed = 0;
        foreach (var edit in form.Fields)
        {
            if (!owned.Contains((edit.Kind, edit.EntityId)) || !TranslatableContent.IsTranslatable(edit.Kind, edit.Field))
            {
                throw new InvalidProgrammeDataException($"{edit.Kind} {edit.EntityId}.{edit.Field} is not a text of this call.");
            }

            var text = edit.Text.Trim();
            if (text == edit.Original.Trim())
            {
                continue; // not touched by this editor: whatever is stored stays
            }

            var row = existing.SingleOrDefault(t => t.Kind == edit.Kind && t.EntityId == edit.EntityId && t.Field == edit.Field);
            if (row?.Version != edit.Version)
            {
                conflicts.Add(new TranslationConflict(edit.Kind, edit.EntityId, edit.Field, row?.Text, row?.UpdatedBy ?? string.Empty, row?.UpdatedAt));
                continue;
            }

            if (text.Length == 0)
            {
                if (row is not null)
                {
                    db.ContentTranslations.Remove(row);
                    changed++;
                }
            }
            else if (row is null)
            {
                db.ContentTranslations.Add(new ContentTranslation(callId, edit.Kind, edit.EntityId, edit.Field, form.Language, text, now, by.Name));
                changed++;
            }
            else if (row.Text != text)
            {
                row.Revise(text, now, by.Name);
                changed++;
            }
        }

        if (changed > 0)
        {
            audit.Record(by.UserId, by.Name, AuditActions.ContentTranslated, currentCall.Code, $"{form.Language}: {changed}");
            await db.SaveChangesAsync(cancellationToken);
        }

        return new TranslationSaveResult(changed, conflicts);
    }
}
