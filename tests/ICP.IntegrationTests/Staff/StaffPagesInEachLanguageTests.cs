using ICP.Domain.Selection;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Staff;

/// <summary>Every staff page and message in each interface language, refusals included: no interface string is missing.</summary>
public sealed class StaffPagesInEachLanguageTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public async ValueTask InitializeAsync()
    {
        await SelectionSetup.ReadyAsync(_portal, 60, "ZA");
        await SelectionSetup.UnassignedAsync(_portal, applications: 2, evaluators: 2);
    }

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    public static TheoryData<string> TranslatedLanguages() => new(Languages.Translated);

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public async Task EveryStaffPage_InEachLanguage_FindsEveryString(string culture)
    {
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        await Languages.ChooseAsync(manager.Client, culture);
        var candidates = await _portal.WithDbAsync(db => db.Applications.Where(a => a.QuotaGroupCode == "ZA").OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        Assert.True(candidates.Count >= 4, $"Set-up: {candidates.Count} South African candidates");
        var unassigned = await _portal.WithDbAsync(db => db.Applications.Where(a => !db.Assignments.Any(x => x.ApplicationId == a.Id)).Select(a => a.Id).FirstAsync());

        foreach (var url in new[] { "/admin", "/admin/applications", "/admin/applications?group=ZA&minScore=60&sort=score&descending=true", "/admin/evaluation",
                     "/admin/selection", "/admin/selection/ZA", "/admin/deadline", "/admin/messages", "/admin/audit", "/admin/staff",
                     "/admin/retention", "/admin/partnerships", "/admin/translations/fr", "/admin/translations/ca", "/admin/translations/es", $"/admin/applications/{candidates[0]}", $"/admin/applications/{unassigned}" })
        {
            Assert.Equal(culture, (await manager.GetAsync(url)).Document.DocumentElement.GetAttribute("lang"));
        }

        // Notices and refusals.
        await manager.SubmitAsync("/admin/retention", "#period-form", Field("months", "2"));
        await manager.SubmitAsync("/admin/retention", "#period-form", Field("months", "24"));
        await manager.SubmitAsync($"/admin/applications/{unassigned}", "#assign-form");
        await manager.StageAsync("ZA", candidates[0], nameof(DecisionOutcome.Selected));
        await manager.StageAsync("ZA", candidates[1], nameof(DecisionOutcome.Reserve));
        await manager.SubmitAsync("/admin/selection/ZA", $"#stage-{candidates[2]}", Field("outcome", "bogus"));
        await manager.GetAsync("/admin/selection/ZA/preview");
        await manager.SubmitAsync($"/admin/applications/{candidates[3]}", "#override-form", Field("status", "Selected"), Field("reason", "x"));
        await manager.SubmitAsync("/admin/deadline", "#extend-form", Field("CallForm.LastDay", ""), Field("CallForm.Reason", ""));
        await manager.SubmitAsync("/admin/deadline", "#extend-form", Field("CallForm.LastDay", "2201-11-30"), Field("CallForm.Reason", "Typo"));
        await manager.SubmitAsync("/admin/evaluation", "#criteria-form");
        await manager.SubmitAsync("/admin/staff", "main form", Field("Form.Email", "not an address"));
        await manager.ReleaseAsync("ZA");
        await manager.GetAsync("/admin/selection/ZA");
        await manager.GetAsync($"/admin/applications/{candidates[0]}");
        await manager.GetAsync("/results");

        var evaluator = await StaffJourney.SignInAsync(_portal, StaffJourney.EvaluatorEmail(1));
        await Languages.ChooseAsync(evaluator.Client, culture);
        await evaluator.GetAsync("/admin/evaluations");
        await evaluator.GetAsync("/admin/evaluations/declaration");
        var form = await evaluator.GetAsync($"/admin/evaluations/{unassigned}");
        await evaluator.Client.SubmitAsync(form, "#score-form", [Field("Form.Scores[0].Score", "9")], "button[name='save']");
        await evaluator.Client.SubmitAsync(form, "#score-form", [], "button[name='submit']");
        await evaluator.ScoreAsync(unassigned, 4);

        Assert.Empty(_portal.MissingTranslations.Keys);
        // The journey really went through: the release and the evaluator's submission happened.
        Assert.Equal(ICP.Domain.Applications.ApplicationStatus.Selected, await _portal.WithDbAsync(db => db.Applications.Where(a => a.Id == candidates[0]).Select(a => a.Status).SingleAsync()));
        Assert.Equal(1, await _portal.WithDbAsync(db => db.Evaluations.CountAsync(e => e.ApplicationId == unassigned && e.Status == ICP.Domain.Evaluation.EvaluationStatus.Submitted)));
    }
}
