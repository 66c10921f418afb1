using System.Net;
using System.Text.Json;
using ICP.Domain.Applications;
using ICP.Domain.Messaging;
using ICP.Domain.Selection;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Staff;

/// <summary>
/// From submitted applications to published results, over HTTP as staff use it: evaluators declare
/// conflicts and score, the manager assigns, stages, previews and releases; the cities are told by
/// e-mail and on their dashboard; the public results page and its open data list the selected cities.
/// </summary>
public sealed class SelectionFlowTests : IAsyncLifetime
{
    private static readonly DateTimeOffset AfterDeadline = new(2021, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly PortalFactory _portal = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task SubmittedApplications_AreEvaluatedSelectedReleasedAndPublished()
    {
        await StaffJourney.SeedStaffAsync(_portal, evaluators: 3);
        var (capeTown, capeTownId) = await SubmitAsync("officer@capetown.example", "City of Cape Town");
        var (joburg, joburgId) = await SubmitAsync("officer@joburg.example", "City of Johannesburg");
        var (_, durbanId) = await SubmitAsync("officer@durban.example", "eThekwini Municipality");
        _portal.Clock.SetUtcNow(AfterDeadline);

        // Evaluator 3 has a conflict with South Africa: never assigned these files.
        var evaluators = new List<StaffJourney>();
        for (var i = 1; i <= 3; i++)
        {
            var evaluator = await StaffJourney.SignInAsync(_portal, StaffJourney.EvaluatorEmail(i));
            var declared = await evaluator.DeclareAsync(i == 3 ? ["ZA"] : []);
            Assert.Equal("/admin/evaluations", declared.Response.RequestMessage!.RequestUri!.AbsolutePath);
            evaluators.Add(evaluator);
        }

        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var assigned = await manager.SubmitAsync("/admin/evaluation", "#auto-assign-form");
        Assert.Contains("6 assignments were made.", assigned.MainText, StringComparison.Ordinal);
        Assert.Equal(["3", "3", "0"], assigned.All("#evaluators td[data-assigned]").Select(td => td.TextContent).ToArray());
        Assert.Equal(HttpStatusCode.NotFound, (await evaluators[2].GetAsync($"/admin/evaluations/{capeTownId}")).StatusCode);

        // Scores hidden from the colleague until both have submitted.
        var scores = new Dictionary<int, int> { [capeTownId] = 5, [joburgId] = 4, [durbanId] = 3 };
        foreach (var (id, score) in scores)
        {
            var first = await evaluators[1].ScoreAsync(id, score);
            Assert.Equal("You submitted this evaluation; it can no longer be changed.", first.Texts("#submitted-note").Single());
            var before = await evaluators[0].GetAsync($"/admin/evaluations/{id}");
            Assert.Equal("1 colleague has already scored this application. Their scores are shown once you have submitted yours.", before.Texts("#others-hidden").Single());
            Assert.Empty(before.All("section[data-evaluator]"));
            var after = await evaluators[0].ScoreAsync(id, score);
            Assert.Single(after.All("section[data-evaluator]"));
        }

        var capeTownScore = await evaluators[0].GetAsync($"/admin/evaluations/{capeTownId}");
        Assert.Contains("Weighted total: 100.00 of 100.", capeTownScore.Texts("#weighted-total").Single(), StringComparison.Ordinal);
        var detail = await manager.GetAsync($"/admin/applications/{joburgId}");
        Assert.Contains("Mean weighted score 80.00 of 100 from 2 evaluations", detail.Texts("#consolidated").Single(), StringComparison.Ordinal);
        Assert.Equal("Circular economy, Energy transition", detail.Texts("#themes").Single());
        Assert.Contains("Receipt: application", detail.Texts("#messages li").Single(), StringComparison.Ordinal);

        // The board ranks by score; the manager stages and releases.
        var board = await manager.GetAsync("/admin/selection/ZA");
        Assert.Equal(["City of Cape Town", "City of Johannesburg", "eThekwini Municipality"],
            board.All("#candidates tbody tr").Select(tr => tr.QuerySelector("td:nth-child(2) a")!.TextContent).ToArray());
        await manager.StageAsync("ZA", capeTownId, nameof(DecisionOutcome.Selected));
        await manager.StageAsync("ZA", joburgId, nameof(DecisionOutcome.Reserve));
        var staged = await manager.StageAsync("ZA", durbanId, nameof(DecisionOutcome.NotSelected), "Lower score than the other candidates.");
        Assert.Equal("1", staged.Texts("#seats-taken").Single());
        Assert.Equal("3", staged.Texts("#seats-remaining").Single());

        // Nothing is public or sent before the release; the preview shows what will be sent.
        Assert.NotNull((await HtmlPage.GetAsync(_portal.CreateClient(), "/results")).Document.QuerySelector("#no-results"));
        Assert.DoesNotContain(_portal.Mailbox.All(), m => m.Subject?.Contains("International City Partnerships", StringComparison.Ordinal) == true);
        var preview = await manager.GetAsync("/admin/selection/ZA/preview");
        Assert.Equal(3, preview.All("article.icp-mail-preview").Count);
        Assert.Contains("“City of Cape Town” is selected for International City Partnerships", preview.MainText, StringComparison.Ordinal);

        var released = await manager.ReleaseAsync("ZA");
        Assert.Contains("The decisions were released", released.Texts("#notice").Single(), StringComparison.Ordinal);

        var selectedMail = await _portal.Mailbox.WaitForAsync("officer@capetown.example", "“City of Cape Town” is selected for International City Partnerships");
        Assert.Contains("ICP-2021-ZA-0001", selectedMail.TextBody, StringComparison.Ordinal);
        await _portal.Mailbox.WaitForAsync("officer@joburg.example", "“City of Johannesburg” is on the reserve list of International City Partnerships");
        await _portal.Mailbox.WaitForAsync("officer@durban.example", "Outcome of the application of “eThekwini Municipality” to International City Partnerships");
        await capeTown.SignInAsync(); // the session of 2 November has long expired
        var outcome = await HtmlPage.GetAsync(capeTown.Client, "/applicant");
        Assert.Contains("Congratulations: City of Cape Town is selected", outcome.Texts("#outcome").Single(), StringComparison.Ordinal);
        Assert.Equal("Selected", outcome.Texts("#application-status").Single());

        var results = await HtmlPage.GetAsync(_portal.CreateClient(), "/results");
        Assert.Equal(["South Africa City of Cape Town South Africa"], results.Texts("#results tbody tr"));
        var json = JsonDocument.Parse(await _portal.CreateClient().GetStringAsync(new Uri("/results.json", UriKind.Relative)));
        Assert.Equal("City of Cape Town", json.RootElement.GetProperty("selected")[0].GetProperty("localAuthority").GetString());
        var csv = ExportedFile.Csv(await _portal.CreateClient().GetByteArrayAsync(new Uri("/results.csv", UriKind.Relative)));
        Assert.Equal(["country_code", "country", "local_authority", "quota_group", "released_at"], csv[0]);
        var selected = Assert.Single(csv.Skip(1));
        Assert.Equal(["ZA", "South Africa", "City of Cape Town", "South Africa"], selected.Take(4));
        Assert.Equal(
            json.RootElement.GetProperty("selected")[0].GetProperty("releasedAt").GetDateTimeOffset(),
            DateTimeOffset.Parse(selected[4], System.Globalization.CultureInfo.InvariantCulture));

        // Released decisions cannot be changed by staging again.
        Assert.Empty((await manager.GetAsync("/admin/selection/ZA")).All(".icp-stage-form"));

        // Cape Town withdraws: the board proposes the reserve list's first city, which is told after release.
        var blank = await manager.SubmitAsync($"/admin/applications/{capeTownId}", "#decline-form", Field("reason", " "));
        Assert.Equal("Give the reason.", blank.Texts("#problem").Single());
        Assert.Equal(ApplicationStatus.Selected, await _portal.WithDbAsync(db => db.Applications.Where(a => a.Id == capeTownId).Select(a => a.Status).SingleAsync()));
        await manager.SubmitAsync($"/admin/applications/{capeTownId}", "#decline-form", Field("reason", "The council withdrew its commitment."));
        var proposal = await manager.GetAsync("/admin/selection/ZA");
        Assert.Contains("City of Johannesburg", proposal.Texts("#proposal").Single(), StringComparison.Ordinal);
        await manager.SubmitAsync("/admin/selection/ZA", "#proposal form");
        await manager.ReleaseAsync("ZA");
        await _portal.Mailbox.WaitForAsync("officer@joburg.example", "“City of Johannesburg” is selected for International City Partnerships");
        await joburg.SignInAsync();
        Assert.Equal("Selected", (await HtmlPage.GetAsync(joburg.Client, "/applicant")).Texts("#application-status").Single());
        Assert.Equal(["South Africa City of Johannesburg South Africa"], (await HtmlPage.GetAsync(_portal.CreateClient(), "/results")).Texts("#results tbody tr"));

        // Every step is in the audit log, and every message was delivered.
        var audit = await manager.GetAsync("/admin/audit");
        var actions = audit.All("#audit tbody tr").Select(tr => tr.GetAttribute("data-action")).ToList();
        foreach (var action in new[] { "application.submitted", "evaluation.conflicts-declared", "evaluation.assigned", "evaluation.submitted", "decision.staged", "decision.released", "application.declined", "decision.promoted" })
        {
            Assert.Contains(action, actions);
        }

        var states = await _portal.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == "selection-outcome").Select(m => m.State).ToListAsync());
        Assert.Equal(4, states.Count);
        Assert.All(states, s => Assert.Equal(DeliveryState.Sent, s));
        var statuses = await _portal.WithDbAsync(db => db.Applications.OrderBy(a => a.Id).Select(a => a.Status).ToListAsync());
        Assert.Equal([ApplicationStatus.Declined, ApplicationStatus.Selected, ApplicationStatus.NotSelected], statuses);
    }

    private async Task<(ApplicantJourney Journey, int Id)> SubmitAsync(string email, string authority)
    {
        var (journey, id) = await ApplicantJourney.ReadyToSubmitAsync(_portal, email, authority, "ZA");
        var receipt = await journey.SubmitAsync(id);
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        return (journey, id);
    }
}
