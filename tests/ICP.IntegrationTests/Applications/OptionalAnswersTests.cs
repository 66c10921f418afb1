using System.Net;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.ApplicantJourney;

namespace ICP.IntegrationTests.Applications;

/// <summary>
/// Every journey twice: with every answer filled, and with only what submission needs (one theme,
/// not willing to host, no staff days yet). An optional answer left empty must travel the whole way:
/// review, submission, receipt, the staff list, the file, the exports and the evaluator's page.
/// </summary>
public sealed class OptionalAnswersTests
{
    [Theory]
    [InlineData(Answers.Complete, "Air quality, Energy transition")]
    [InlineData(Answers.Minimal, "Air quality")]
    public async Task Application_WithTheAnswersGiven_IsSubmittedAndReadByStaff(Answers answers, string themesShown)
    {
        await using var portal = new PortalFactory();
        await StaffJourney.SeedStaffAsync(portal, evaluators: 2);
        var (journey, id) = await ReadyToSubmitAsync(portal, "officer@lyon.example", "Métropole de Lyon", "FR", answers);
        if (answers == Answers.Complete)
        {
            await journey.SaveStepAsync(id, "themes", FormSubmission.Field("PrimaryTheme", "air-quality"), FormSubmission.Field("SecondaryTheme", "energy-transition"));
        }

        var review = await HtmlPage.GetAsync(journey.Client, $"/applicant/applications/{id}/review");
        var receipt = await journey.SubmitAsync(id);

        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Equal(answers == Answers.Minimal ? "1. Air quality; 2. none" : "1. Air quality; 2. Energy transition", review.Texts("#review-themes").Single());
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        Assert.Equal("1", receipt.Texts("#receipt-version").Single());
        var version = await portal.WithDbAsync(db => db.ApplicationVersions.SingleAsync(v => v.ApplicationId == id));
        var themeIds = await portal.WithDbAsync(db => db.Themes.ToDictionaryAsync(t => t.Slug, t => t.Id));
        Assert.Equal(themeIds["air-quality"], version.PrimaryThemeId);
        Assert.Equal(answers == Answers.Minimal ? null : themeIds["energy-transition"], version.SecondaryThemeId);

        portal.Clock.SetUtcNow(SelectionSetup.AfterDeadline);
        var evaluators = new List<StaffJourney>();
        for (var i = 1; i <= 2; i++)
        {
            var evaluator = await StaffJourney.SignInAsync(portal, StaffJourney.EvaluatorEmail(i));
            await evaluator.DeclareAsync();
            evaluators.Add(evaluator);
        }

        var manager = await StaffJourney.SignInAsync(portal, StaffJourney.ManagerEmail);
        var list = await manager.GetAsync("/admin/applications");
        var detail = await manager.GetAsync($"/admin/applications/{id}");
        var csv = ExportedFile.Csv(await manager.Client.GetByteArrayAsync(new Uri("/admin/applications/export.csv", UriKind.Relative)));
        var xlsx = ExportedFile.Xlsx(await manager.Client.GetByteArrayAsync(new Uri("/admin/applications/export.xlsx", UriKind.Relative)));
        await manager.SubmitAsync("/admin/evaluation", "#auto-assign-form");
        var scorePage = await evaluators[0].GetAsync($"/admin/evaluations/{id}");
        var scored = await evaluators[0].ScoreAsync(id, 4);

        Assert.Contains("Métropole de Lyon", list.MainText, StringComparison.Ordinal);
        Assert.Equal(themesShown, detail.Texts("#themes").Single());
        // The optional second theme is an empty cell, never a placeholder.
        string?[] themes = answers == Answers.Minimal ? ["Air quality", null] : ["Air quality", "Energy transition"];
        var (first, second) = (csv[0].IndexOf("First theme"), csv[0].IndexOf("Second theme"));
        Assert.Equal(themes, new[] { csv[1][first], csv[1][second] }.Select(t => t.Length == 0 ? null : t));
        Assert.Equal(themes, new[] { xlsx[1].ElementAtOrDefault(first), xlsx[1].ElementAtOrDefault(second) });
        Assert.Equal(HttpStatusCode.OK, scorePage.StatusCode);
        Assert.Contains(themesShown, scorePage.MainText, StringComparison.Ordinal);
        Assert.Equal("You submitted this evaluation; it can no longer be changed.", scored.Texts("#submitted-note").Single());
    }

    [Fact]
    public async Task StepSaved_WithItsOptionalAnswersEmpty_StoresEmptyTextNotNull()
    {
        await using var portal = new PortalFactory();
        var (journey, id) = await DraftAsync(portal, "officer@graz.example", "Stadt Graz", "AT");

        await journey.SaveStepAsync(id, "local-authority", FormSubmission.Field("OfficialName", "Stadt Graz"), FormSubmission.Field("Website", string.Empty));
        await journey.SaveStepAsync(id, "themes", FormSubmission.Field("PrimaryTheme", "energy-transition"), FormSubmission.Field("SecondaryTheme", string.Empty));

        var json = await portal.WithDbAsync(db => db.ApplicationSections.Where(s => s.ApplicationId == id).OrderBy(s => s.Step).Select(s => s.DataJson).ToListAsync());
        Assert.Contains("\"website\":\"\"", json[0], StringComparison.Ordinal);
        Assert.Contains("\"region\":\"\"", json[0], StringComparison.Ordinal);
        Assert.Contains("\"secondaryTheme\":null", json[1], StringComparison.Ordinal);
    }
}
