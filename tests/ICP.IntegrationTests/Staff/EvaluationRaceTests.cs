using System.Net;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace ICP.IntegrationTests.Staff;

/// <summary>
/// Evaluation under concurrency: two evaluators submitting their scores of one application at the
/// same moment are both counted in the consolidated score; two automatic assignments at once never
/// assign an evaluator twice. No lost update, no server error.
/// </summary>
public sealed class EvaluationRaceTests : IAsyncLifetime
{
    private const int Applications = 12;
    private readonly PortalFactory _portal = new();

    public async ValueTask InitializeAsync() => await SelectionSetup.UnassignedAsync(_portal, Applications, evaluators: 2);

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task SimultaneousSubmissions_AreBothCountedInTheConsolidatedScore()
    {
        _portal.Clock.SetUtcNow(SelectionSetup.AfterDeadline);
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var assigned = await manager.SubmitAsync("/admin/evaluation", "#auto-assign-form");
        Assert.Contains("assignments were made.", assigned.MainText, StringComparison.Ordinal);
        var first = await StaffJourney.SignInAsync(_portal, StaffJourney.EvaluatorEmail(1));
        var second = await StaffJourney.SignInAsync(_portal, StaffJourney.EvaluatorEmail(2));
        // The demo's evaluators declared a few conflicts: race on the applications both may score.
        var ids = await _portal.WithDbAsync(db => db.Assignments.GroupBy(a => a.ApplicationId).Where(g => g.Count() == 2)
            .Select(g => g.Key).OrderBy(id => id).ToListAsync());
        Assert.True(ids.Count >= Applications - 2, $"Set-up: {ids.Count} applications with two evaluators");

        foreach (var id in ids)
        {
            var pages = await Task.WhenAll(first.ScoreAsync(id, 4), second.ScoreAsync(id, 5));
            Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
            Assert.All(pages, p => Assert.Equal("You submitted this evaluation; it can no longer be changed.", p.Texts("#submitted-note").Single()));
        }

        var scores = await _portal.WithDbAsync(db => db.ApplicationScores.OrderBy(s => s.ApplicationId)
            .Select(s => new { s.ApplicationId, s.EvaluationCount, s.Mean, s.Passes }).ToListAsync());
        Assert.Equal(ids, scores.Select(s => s.ApplicationId));
        Assert.All(scores, s =>
        {
            Assert.Equal(2, s.EvaluationCount);
            Assert.Equal(90m, s.Mean);
            Assert.True(s.Passes);
        });
    }

    [Fact]
    public async Task SimultaneousAutomaticAssignments_AssignEachEvaluatorOnce()
    {
        _portal.Clock.SetUtcNow(SelectionSetup.AfterDeadline);
        var first = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var second = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var forms = await Task.WhenAll(first.GetAsync("/admin/evaluation"), second.GetAsync("/admin/evaluation"));

        var pages = await Task.WhenAll(
            first.Client.SubmitAsync(forms[0], "#auto-assign-form", []),
            second.Client.SubmitAsync(forms[1], "#auto-assign-form", []));

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
        var perApplication = await _portal.WithDbAsync(db => db.Assignments.GroupBy(a => new { a.ApplicationId, a.EvaluatorId })
            .Select(g => g.Count()).ToListAsync());
        Assert.NotEmpty(perApplication);
        Assert.All(perApplication, count => Assert.Equal(1, count));
        var evaluators = await _portal.WithDbAsync(db => db.Assignments.GroupBy(a => a.ApplicationId).Select(g => g.Count()).ToListAsync());
        Assert.All(evaluators, count => Assert.InRange(count, 1, 2));
    }
}
