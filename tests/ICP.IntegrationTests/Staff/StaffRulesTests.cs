using System.Globalization;
using System.Net;
using ICP.Domain.Applications;
using ICP.Domain.Evaluation;
using ICP.Domain.Selection;
using ICP.Infrastructure.Identity;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Staff;

/// <summary>
/// Requests the staff pages' forms would never send, and rules that keep the selection honest: each
/// is refused with a reason the person can act on, and changes nothing.
/// </summary>
public sealed class StaffRulesTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();
    private StaffJourney _manager = null!;
    private List<int> _candidates = [];

    public async ValueTask InitializeAsync()
    {
        await SelectionSetup.ReadyAsync(_portal, 40, "ZA");
        _manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        _candidates = await _portal.WithDbAsync(db => db.Applications.Where(a => a.QuotaGroupCode == "ZA").OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        Assert.True(_candidates.Count >= 2, $"Set-up: {_candidates.Count} South African candidates");
    }

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task Stage_WithADecisionTheFormNeverOffers_IsRefused_AndTakesNoSeat()
    {
        foreach (var outcome in new[] { "Selekted", "7", "" })
        {
            var page = await _manager.SubmitAsync("/admin/selection/ZA", $"#stage-{_candidates[0]}", Field("outcome", outcome));
            Assert.Equal("Choose a decision.", page.Texts("#problem").Single());
        }

        Assert.Equal(0, await _portal.WithDbAsync(db => db.SelectionDecisions.CountAsync()));
    }

    [Fact]
    public async Task StaffTexts_LongerThanTheirColumns_OrMissing_AreRefusedWithTheLimit_AndChangeNothing()
    {
        var id = _candidates[0];
        var overlongNote = await _manager.SubmitAsync("/admin/selection/ZA", $"#stage-{id}",
            Field("outcome", nameof(DecisionOutcome.Reserve)), Field("note", new string('n', ICP.Domain.Common.TextLimits.SelectionNote + 1)));
        Assert.Equal("Use at most 1000 characters.", overlongNote.Texts("#problem").Single());
        Assert.Equal(0, await _portal.WithDbAsync(db => db.SelectionDecisions.CountAsync()));

        var detail = await _manager.GetAsync($"/admin/applications/{id}");
        var overlongConsensus = await _manager.Client.SubmitAsync(detail, "#consensus-form", [Field("comment", new string('c', ICP.Domain.Common.TextLimits.ConsensusComment + 1))]);
        Assert.Equal("Use at most 4000 characters.", overlongConsensus.Texts("#problem").Single());
        var overlongOverride = await _manager.Client.SubmitAsync(detail, "#override-form",
            [Field("status", nameof(ApplicationStatus.Withdrawn)), Field("reason", new string('r', ICP.Domain.Common.TextLimits.Reason + 1))]);
        Assert.Equal("Use at most 1000 characters.", overlongOverride.Texts("#problem").Single());
        var noReason = await _manager.Client.SubmitAsync(detail, "#override-form", [Field("status", nameof(ApplicationStatus.Withdrawn)), Field("reason", "  ")]);
        Assert.Equal("Give the reason.", noReason.Texts("#problem").Single());

        Assert.Equal(ApplicationStatus.Submitted, await StatusAsync(id));
        Assert.DoesNotContain(await _portal.WithDbAsync(db => db.ApplicationScores.Where(s => s.ApplicationId == id).Select(s => s.ConsensusComment).ToListAsync()),
            comment => comment.Length > ICP.Domain.Common.TextLimits.ConsensusComment);
    }

    [Fact]
    public async Task Override_CannotSetASelectionOutcome_ButCanReinstateAWithdrawnApplication()
    {
        var id = _candidates[0];
        var detail = await _manager.GetAsync($"/admin/applications/{id}");
        Assert.Equal(["Withdrawn"], detail.All("#override-form option").Select(o => o.GetAttribute("value")));

        var forged = await _manager.Client.SubmitAsync(detail, "#override-form", [Field("status", nameof(ApplicationStatus.Selected)), Field("reason", "Shortcut")]);
        Assert.StartsWith("Selection outcomes are set on the selection board", forged.Texts("#problem").Single(), StringComparison.Ordinal);
        var unknown = await _manager.Client.SubmitAsync(detail, "#override-form", [Field("status", "99"), Field("reason", "Typo")]);
        Assert.Equal("Choose the new status.", unknown.Texts("#problem").Single());
        Assert.Equal(ApplicationStatus.Submitted, await StatusAsync(id));

        var withdrawn = await _manager.Client.SubmitAsync(detail, "#override-form", [Field("status", nameof(ApplicationStatus.Withdrawn)), Field("reason", "The city asked by letter of 18 November.")]);
        Assert.Equal("The status was changed and the override recorded.", withdrawn.Texts("#notice").Single());
        Assert.Equal(ApplicationStatus.Withdrawn, await StatusAsync(id));

        // Once a decision is staged, the board owns the application: no override.
        await _manager.StageAsync("ZA", _candidates[1], nameof(DecisionOutcome.Reserve));
        var staged = await _manager.GetAsync($"/admin/applications/{_candidates[1]}");
        Assert.Null(staged.Document.QuerySelector("#override-form"));
        var again = await _manager.Client.SubmitAsync(detail, "#override-form", [Field("status", nameof(ApplicationStatus.Withdrawn))]);
        Assert.Equal("Give the reason.", again.Texts("#problem").Single());
    }

    [Fact]
    public async Task Detail_OfAWithdrawnApplication_ShowsNoEvaluatedVersion()
    {
        var id = _candidates[0];
        var before = await _manager.GetAsync($"/admin/applications/{id}");
        Assert.Contains("The evaluated version", before.Texts("h2"));

        var withdrawn = await _manager.Client.SubmitAsync(before, "#override-form", [Field("status", nameof(ApplicationStatus.Withdrawn)), Field("reason", "The city asked by letter of 18 November.")]);
        Assert.Equal(ApplicationStatus.Withdrawn, await StatusAsync(id));

        // Evaluators are given no version of a withdrawn application (Application.EvaluatedVersion): the staff page says the same.
        var after = await _manager.GetAsync($"/admin/applications/{id}");
        Assert.DoesNotContain("The evaluated version", after.Texts("h2"));
        Assert.DoesNotContain(after.Texts("td"), cell => cell.Contains("(evaluated)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReleasedDecision_PostedAgain_IsRefusedAsReleased_NotAsUnsubmitted()
    {
        var id = _candidates[0];
        await _manager.StageAsync("ZA", id, nameof(DecisionOutcome.Selected));
        await _manager.ReleaseAsync("ZA");
        Assert.Equal(ApplicationStatus.Selected, await StatusAsync(id));

        // The release's audit entry names the application as staff know it, by its reference.
        var reference = await _portal.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Reference).SingleAsync());
        var audited = await _portal.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "decision.released").Select(e => e.Details).SingleAsync());
        Assert.Equal($"{reference}: Selected", audited);

        var board = await _manager.GetAsync("/admin/selection/ZA");
        Assert.Null(board.Document.QuerySelector($"#stage-{id}"));
        var page = await _manager.Client.SubmitAsync(board, $"#stage-{_candidates[1]}",
            [Field("applicationId", id.ToString(CultureInfo.InvariantCulture)), Field("outcome", nameof(DecisionOutcome.NotSelected)), Field("note", "Second thoughts")]);

        Assert.Equal("This decision was released and can no longer be changed.", page.Texts("#problem").Single());
        var decision = await _portal.WithDbAsync(db => db.SelectionDecisions.SingleAsync(d => d.ApplicationId == id));
        Assert.Equal((DecisionOutcome.Selected, DecisionState.Released), (decision.Outcome, decision.State));
        Assert.Equal(ApplicationStatus.Selected, await StatusAsync(id));
    }

    [Fact]
    public async Task Board_CandidateWithOneEvaluationMeetingEveryThreshold_IsNotFlaggedBelowAThreshold()
    {
        var good = await RescoreWithOneEvaluationAsync(_candidates[0], score: 4);
        var poor = await RescoreWithOneEvaluationAsync(_candidates[1], score: 0);

        var board = await _manager.GetAsync("/admin/selection/ZA");

        // Both wait for a second evaluation; only the one that fell short of a threshold is flagged.
        var goodRow = board.Texts($"#candidates tr[data-application='{good}']").Single();
        Assert.Contains("(1 evaluation)", goodRow, StringComparison.Ordinal);
        Assert.DoesNotContain("Below a threshold", goodRow, StringComparison.Ordinal);
        Assert.Contains("Below a threshold", board.Texts($"#candidates tr[data-application='{poor}']").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deadline_CannotMoveOnceEvaluationHasStarted_NorByAMistypedYear()
    {
        var typo = await _manager.SubmitAsync("/admin/deadline", "#extend-form", Field("CallForm.LastDay", "2201-11-30"), Field("CallForm.Reason", "Many requests"));
        Assert.Equal("That is more than a year after the original deadline: check the year.", typo.Texts("#problem").Single());
        var started = await _manager.SubmitAsync("/admin/deadline", "#extend-form", Field("CallForm.LastDay", "2021-11-30"), Field("CallForm.Reason", "Many requests"));
        Assert.Equal("Evaluation has started: the deadline can no longer be extended, for everyone or for one city.", started.Texts("#problem").Single());
        var authority = await _portal.WithDbAsync(db => db.LocalAuthorities.Select(a => a.Id).FirstAsync());
        var individual = await _manager.SubmitAsync("/admin/deadline", "#individual-form",
            Field("IndividualForm.AuthorityId", authority.ToString(CultureInfo.InvariantCulture)), Field("IndividualForm.LastDay", "2021-11-30"), Field("IndividualForm.Reason", "Flooding"));
        Assert.Equal("Evaluation has started: the deadline can no longer be extended, for everyone or for one city.", individual.Texts("#problem").Single());

        Assert.Equal(0, await _portal.WithDbAsync(db => db.Set<ICP.Domain.Programme.DeadlineExtension>().CountAsync()));
        Assert.Equal(0, await _portal.WithDbAsync(db => db.Set<ICP.Domain.Programme.IndividualExtension>().CountAsync()));
    }

    [Fact]
    public async Task CityStillUnderItsIndividualExtension_CannotBeDecidedOnYet()
    {
        var id = _candidates[0];
        await _portal.WithDbAsync(async db =>
        {
            var call = await db.Calls.Include(c => c.IndividualExtensions).SingleAsync();
            var authority = await db.Applications.Where(a => a.Id == id).Select(a => a.LocalAuthorityId).SingleAsync();
            call.GrantIndividualExtension(authority, SelectionSetup.AfterDeadline.AddDays(5), "Flooding closed the city hall", "staff-user", SelectionSetup.AfterDeadline.AddDays(-6));
            await db.SaveChangesAsync();
        });

        // The board offers no form for it (the board asks SelectionBoard.CanStage, which knows individual
        // extensions) but does for the other candidates; a post made from another candidate's form is refused.
        var board = await _manager.GetAsync("/admin/selection/ZA");
        Assert.Null(board.Document.QuerySelector($"#stage-{id}"));
        Assert.NotNull(board.Document.QuerySelector($"#stage-{_candidates[1]}"));
        var page = await _manager.Client.SubmitAsync(board, $"#stage-{_candidates[1]}",
            [Field("applicationId", id.ToString(CultureInfo.InvariantCulture)), Field("outcome", nameof(DecisionOutcome.Selected)), Field("note", "Panel decision")]);

        Assert.Equal("This city may still submit under its individual extension: decide after the extension ends.", page.Texts("#problem").Single());
        Assert.Equal(0, await _portal.WithDbAsync(db => db.SelectionDecisions.CountAsync()));
    }

    [Fact]
    public async Task Invitation_ForACitysAccountOrTheOtherStaffRole_IsRefused_AndGrantsNothing()
    {
        var officer = await ApplicantJourney.RegisterAsync(_portal, "officer@soweto.example", "Officer");
        await officer.CreateAuthorityAsync("Soweto Municipality", "ZA");

        var city = await _manager.SubmitAsync("/admin/staff", "main form",
            Field("Form.DisplayName", "Officer"), Field("Form.Email", "officer@soweto.example"), Field("Form.Role", StaffRoles.ProgrammeManager));
        Assert.Equal((HttpStatusCode)422, city.StatusCode);
        Assert.Contains("This address belongs to a city's account. Staff need an account of their own.", city.MainText, StringComparison.Ordinal);

        var evaluator = await _manager.SubmitAsync("/admin/staff", "main form",
            Field("Form.DisplayName", "Evaluator 1"), Field("Form.Email", StaffJourney.EvaluatorEmail(1)), Field("Form.Role", StaffRoles.ProgrammeManager));
        Assert.Contains("This person already holds the other staff role.", evaluator.MainText, StringComparison.Ordinal);

        var managers = await _portal.WithDbAsync(db => (from ur in db.UserRoles
                                                         join r in db.Roles on ur.RoleId equals r.Id
                                                         join u in db.Users on ur.UserId equals u.Id
                                                         where r.Name == StaffRoles.ProgrammeManager
                                                         select u.Email).ToListAsync());
        Assert.Equal([StaffJourney.ManagerEmail], managers);
    }

    [Fact]
    public async Task Declaration_NamingACityThePageNeverOffered_IsABadRequest()
    {
        var evaluator = await StaffJourney.SignInAsync(_portal, StaffJourney.EvaluatorEmail(1));

        var forged = await evaluator.SubmitAsync("/admin/evaluations/declaration", "#declaration-form", Field("authorities", "987654"), Field("confirm", "true"));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    /// <summary>Gives the application a consolidated score from one submitted evaluation with every criterion at <paramref name="score"/>; returns its reference.</summary>
    private Task<string> RescoreWithOneEvaluationAsync(int id, int score) =>
        _portal.WithDbAsync(async db =>
        {
            var call = await db.Calls.Include(c => c.Criteria).SingleAsync();
            var evaluation = new Evaluation(0, id, "evaluator-0", 1);
            evaluation.SaveDraft(call.Criteria.Select(c => (c.Id, (int?)score, "Scored for the test.")), "Scored for the test.");
            evaluation.Submit(call.Criteria, SelectionSetup.AfterDeadline);
            var consolidated = await db.ApplicationScores.SingleAsync(s => s.ApplicationId == id);
            consolidated.Recompute(call.Criteria, [evaluation], call.PassMark, SelectionSetup.AfterDeadline);
            await db.SaveChangesAsync();
            return await db.Applications.Where(a => a.Id == id).Select(a => a.Reference).SingleAsync();
        });

    private Task<ApplicationStatus> StatusAsync(int id) =>
        _portal.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());
}
