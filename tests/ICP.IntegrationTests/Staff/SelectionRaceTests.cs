using System.Globalization;
using System.Net;
using ICP.Domain.Selection;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Staff;

/// <summary>
/// Several programme managers deciding on one board at the same moment: the seats and the
/// per-Member-State cap hold, whatever the interleaving; each request gets an answer a person can read.
/// </summary>
public sealed class SelectionRaceTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public async ValueTask InitializeAsync() => await SelectionSetup.ReadyAsync(_portal, 150, "EU", "SG");

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task ParallelSelections_NeverExceedTheSeatsOrTheCapPerMemberState()
    {
        var managers = new List<StaffJourney>();
        for (var i = 0; i < 3; i++)
        {
            managers.Add(await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail));
        }

        var candidates = await _portal.WithDbAsync(db => db.Applications.Where(a => a.QuotaGroupCode == "EU").OrderBy(a => a.Id).Select(a => new { a.Id, a.TerritoryCode }).ToListAsync());
        Assert.True(candidates.Count > 40, $"Set-up: {candidates.Count} EU candidates");
        Assert.True(candidates.GroupBy(c => c.TerritoryCode).Max(g => g.Count()) > 3, "Set-up: a Member State with more candidates than its cap");

        // 40 "select" requests at once, from three managers, each with the token of their own board page.
        var boards = await Task.WhenAll(managers.Select(m => m.GetAsync("/admin/selection/EU")));
        var requests = candidates.Take(40).Select((c, i) =>
        {
            var manager = managers[i % managers.Count];
            var token = boards[i % managers.Count].Element(".icp-stage-form input[name='__RequestVerificationToken']").GetAttribute("value")!;
            return manager.Client.PostAsync(new Uri("/admin/selection/EU/decisions", UriKind.Relative), new FormUrlEncodedContent(
                [Field("__RequestVerificationToken", token), Field("applicationId", c.Id.ToString(CultureInfo.InvariantCulture)), Field("outcome", nameof(DecisionOutcome.Selected)), Field("note", "Race")]));
        }).ToList();
        var responses = await Task.WhenAll(requests);

        // Every request was answered with the board (a notice or a readable refusal), never a server error.
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var pages = await Task.WhenAll(responses.Select(HtmlPage.FromResponseAsync));
        // Each tab shows its own answer, exactly one: a notice for a decision taken, a problem for a refusal.
        Assert.All(pages, p => Assert.Single(p.All("#notice, #problem")));

        var selected = await SelectedAsync("EU");
        Assert.InRange(selected.Count, 1, 14);
        Assert.All(selected.GroupBy(s => s), g => Assert.InRange(g.Count(), 1, 3));
        // Each accepted decision was recorded once in the audit log: no write half-done, none lost.
        // Each request's page told its own outcome (one notice per redirect, not one per browser).
        var staged = await _portal.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "decision.staged"));
        Assert.Equal(selected.Count, staged);
        Assert.Equal(staged, pages.Count(p => p.Document.QuerySelector("#notice") is not null));

        // Filling the rest one by one ends at exactly 14 seats, then refuses with the reason.
        foreach (var c in candidates.Skip(40))
        {
            await managers[0].StageAsync("EU", c.Id, nameof(DecisionOutcome.Selected));
        }

        Assert.Equal(14, (await SelectedAsync("EU")).Count);
        var refused = await managers[0].GetAsync("/admin/selection/EU");
        Assert.Equal("0", refused.Texts("#seats-remaining").Single());
    }

    [Fact]
    public async Task ParallelSelections_OnAOneSeatGroup_SelectExactlyOneCity()
    {
        var first = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var second = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var candidates = await _portal.WithDbAsync(db => db.Applications.Where(a => a.QuotaGroupCode == "SG").Select(a => a.Id).ToListAsync());
        Assert.True(candidates.Count >= 2, $"Set-up: {candidates.Count} Singapore candidates");

        var results = await Task.WhenAll(candidates.SelectMany(id => new[] { first.StageAsync("SG", id, nameof(DecisionOutcome.Selected)), second.StageAsync("SG", id, nameof(DecisionOutcome.Selected)) }));

        Assert.Single(await SelectedAsync("SG"));
        Assert.Contains(results, r => r.Texts("#problem").SingleOrDefault()?.Contains("The SG group has no seat left: its only seat is taken.", StringComparison.Ordinal) == true);
    }

    private Task<List<string>> SelectedAsync(string group) =>
        _portal.WithDbAsync(db => db.SelectionDecisions.Where(d => d.QuotaGroupCode == group && d.Outcome == DecisionOutcome.Selected).Select(d => d.TerritoryCode).ToListAsync());
}
