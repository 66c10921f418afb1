using System.Net;
using ICP.Domain.Programme;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Public;

/// <summary>
/// The programme's own texts (call, objectives, themes, quota groups, phases, criteria) in each
/// language: seeded, shown, falling back to English marked lang="en", and edited by staff.
/// </summary>
public sealed class ProgrammeContentTranslationTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public async ValueTask InitializeAsync()
    {
        _portal.Clock.SetUtcNow(PortalFactory.InsideApplicationWindow);
        await StaffJourney.SeedStaffAsync(_portal, evaluators: 1);
    }

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    public static TheoryData<string> TranslatedLanguages() => new(Languages.Translated);

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public async Task EveryTranslatableText_OfTheSeededCall_HasATranslationInEachLanguage(string culture)
    {
        var rows = await _portal.WithDbAsync(db => db.ContentTranslations.Where(t => t.Culture == culture)
            .Select(t => new { t.Kind, t.EntityId, t.Field, t.Text }).ToListAsync());
        var expected = await _portal.WithDbAsync(async db =>
        {
            var call = await db.Calls.Select(c => c.Id).SingleAsync();
            var ids = new List<(ContentKind Kind, int Id)> { (ContentKind.Call, call) };
            ids.AddRange((await db.CallObjectives.Select(o => o.Id).ToListAsync()).Select(id => (ContentKind.Objective, id)));
            ids.AddRange((await db.Themes.Select(o => o.Id).ToListAsync()).Select(id => (ContentKind.Theme, id)));
            ids.AddRange((await db.QuotaGroups.Select(o => o.Id).ToListAsync()).Select(id => (ContentKind.QuotaGroup, id)));
            ids.AddRange((await db.TimelinePhases.Select(o => o.Id).ToListAsync()).Select(id => (ContentKind.Phase, id)));
            ids.AddRange((await db.EvaluationCriteria.Select(o => o.Id).ToListAsync()).Select(id => (ContentKind.Criterion, id)));
            return ids.SelectMany(e => TranslatableContent.Fields[e.Kind].Select(f => (e.Kind, e.Id, Field: f))).ToList();
        });

        var missing = expected.Where(e => !rows.Any(r => r.Kind == e.Kind && r.EntityId == e.Id && r.Field == e.Field && r.Text.Length > 0)).ToList();

        Assert.Equal(51, expected.Count);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task ThemesPage_InSpanish_ShowsTheSpanishTexts_NotMarkedAsEnglish()
    {
        var page = await HtmlPage.GetAsync(_portal.CreateClient(), "/themes?culture=es");

        var titles = page.All("main h2.ecl-content-block__title").ToList();
        Assert.Equal(["Economía circular", "Calidad del aire", "Transición energética", "Integración de las personas migrantes y refugiadas"], titles.Select(t => t.TextContent.Trim()));
        Assert.All(titles, t => Assert.False(t.HasAttribute("lang")));
    }

    [Fact]
    public async Task AMissingTranslation_FallsBackToEnglish_MarkedAsEnglish_AndTheCachedPageIsEvicted()
    {
        var client = _portal.CreateClient();
        Assert.Equal("Calidad del aire", ThemeTitle(await HtmlPage.GetAsync(client, "/themes?culture=es"), 1).TextContent.Trim());

        await _portal.WithDbAsync(async db =>
        {
            var theme = await db.Themes.SingleAsync(t => t.Slug == "air-quality");
            db.ContentTranslations.RemoveRange(db.ContentTranslations.Where(t => t.Kind == ContentKind.Theme && t.EntityId == theme.Id && t.Culture == "es"));
            await db.SaveChangesAsync();
        });
        var page = await HtmlPage.GetAsync(client, "/themes?culture=es");

        var title = ThemeTitle(page, 1);
        Assert.Equal("Air quality", title.TextContent.Trim());
        Assert.Equal("en", title.GetAttribute("lang"));
        Assert.Equal("es", page.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task ProgrammeManager_EditsATranslation_AndThePublicPageShowsIt()
    {
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var editor = await manager.GetAsync("/admin/translations/es");
        var themeId = await _portal.WithDbAsync(db => db.Themes.Where(t => t.Slug == "circular-economy").Select(t => t.Id).SingleAsync());
        var field = $"text-theme-{themeId}-name";
        var index = FieldIndex(editor, field);

        var saved = await manager.Client.SubmitAsync(editor, "#translations-form", [Field($"Fields[{index}].Text", "Economía circular y residuos")]);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("1 text was saved.", saved.MainText, StringComparison.Ordinal);
        var page = await HtmlPage.GetAsync(_portal.CreateClient(), "/themes?culture=es");
        Assert.Equal("Economía circular y residuos", ThemeTitle(page, 0).TextContent.Trim());
        Assert.Equal(1, await _portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == ICP.Domain.Audit.AuditActions.ContentTranslated)));
    }

    [Fact]
    public async Task TwoManagers_EditingTheSameText_TheSecondIsToldAndNothingIsOverwritten()
    {
        var first = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var editorA = await first.GetAsync("/admin/translations/fr");
        var editorB = await first.GetAsync("/admin/translations/fr");
        var phaseId = await _portal.WithDbAsync(db => db.TimelinePhases.Where(p => p.Order == 7).Select(p => p.Id).SingleAsync());
        var index = FieldIndex(editorA, $"text-phase-{phaseId}-title");

        await first.Client.SubmitAsync(editorA, "#translations-form", [Field($"Fields[{index}].Text", "Conférence finale")]);
        var refused = await first.Client.SubmitAsync(editorB, "#translations-form", [Field($"Fields[{index}].Text", "Conférence de fin")]);

        Assert.NotNull(refused.Document.QuerySelector($"#text-phase-{phaseId}-title-conflict"));
        Assert.Equal("Conférence de fin", refused.Document.QuerySelector($"#text-phase-{phaseId}-title")!.GetAttribute("value"));
        Assert.Equal("Conférence finale", await _portal.WithDbAsync(db => db.ContentTranslations
            .Where(t => t.Kind == ContentKind.Phase && t.EntityId == phaseId && t.Field == ContentField.Title && t.Culture == "fr").Select(t => t.Text).SingleAsync()));
    }

    [Fact]
    public async Task EmptyingATranslation_RemovesIt_SoThePageFallsBackToEnglish()
    {
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var editor = await manager.GetAsync("/admin/translations/ca");
        var callId = await _portal.WithDbAsync(db => db.Calls.Select(c => c.Id).SingleAsync());
        var index = FieldIndex(editor, $"text-call-{callId}-managedby");

        await manager.Client.SubmitAsync(editor, "#translations-form", [Field($"Fields[{index}].Text", "  ")]);

        var page = await HtmlPage.GetAsync(_portal.CreateClient(), "/programme?culture=ca");
        var managedBy = page.Document.QuerySelector("#managed-by")!;
        Assert.Equal("en", managedBy.GetAttribute("lang"));
        Assert.StartsWith("European Commission", managedBy.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslationEditor_IsForProgrammeManagersOnly_AndUnknownLanguagesAnswer404()
    {
        var evaluator = await StaffJourney.SignInAsync(_portal, StaffJourney.EvaluatorEmail(1));
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);

        var refused = await evaluator.Client.GetAsync(new Uri("/admin/translations/es", UriKind.Relative));
        var english = await manager.Client.GetAsync(new Uri("/admin/translations/en", UriKind.Relative));
        var unknown = await manager.Client.GetAsync(new Uri("/admin/translations/de", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, english.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task ATextOfAnotherEntity_IsNotFound_AndNothingChanges()
    {
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var editor = await manager.GetAsync("/admin/translations/es");
        var before = await _portal.WithDbAsync(db => db.ContentTranslations.CountAsync());

        var response = await manager.Client.SubmitAsync(editor, "#translations-form", [
            Field("Fields[0].EntityId", "999999"), Field("Fields[0].Text", "Intrusión")]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await _portal.WithDbAsync(db => db.ContentTranslations.CountAsync()));
    }

    private static AngleSharp.Dom.IElement ThemeTitle(HtmlPage page, int index) => page.All("main h2.ecl-content-block__title").ElementAt(index);

    private static int FieldIndex(HtmlPage editor, string id)
    {
        var name = editor.Document.QuerySelector($"#{id}")?.GetAttribute("name") ?? throw new InvalidOperationException($"No field #{id}");
        return int.Parse(name["Fields[".Length..name.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }
}
