using System.Net;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Staff;

/// <summary>The scoring form refuses what it never offers, says why, keeps what was typed and saves nothing.</summary>
public sealed class EvaluationFormTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public async ValueTask InitializeAsync() => await SelectionSetup.UnassignedAsync(_portal, 3, evaluators: 1);

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task Scores_OutOfRangeOrNotANumber_AndOverlongComments_AreRefused_WithWhatWasTypedKept()
    {
        _portal.Clock.SetUtcNow(SelectionSetup.AfterDeadline);
        var evaluator = await StaffJourney.SignInAsync(_portal, StaffJourney.EvaluatorEmail(1));
        var id = await _portal.WithDbAsync(db => db.Applications.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        await manager.SubmitAsync($"/admin/applications/{id}", "#assign-form");
        var form = await evaluator.GetAsync($"/admin/evaluations/{id}");

        var outOfRange = await evaluator.Client.SubmitAsync(form, "#score-form", [Field("Form.Scores[0].Score", "9"), Field("Form.Comment", "Kept text")], "button[name='save']");
        Assert.Equal((HttpStatusCode)422, outOfRange.StatusCode);
        Assert.Contains("A score is a whole number from 0 to 5.", outOfRange.Texts("#form-errors li"));
        Assert.Equal("Kept text", outOfRange.Element("#overall-comment").TextContent);

        var notANumber = await evaluator.Client.SubmitAsync(form, "#score-form", [Field("Form.Scores[0].Score", "four")], "button[name='save']");
        Assert.Equal((HttpStatusCode)422, notANumber.StatusCode);
        Assert.Contains("A whole number is expected here, not “four”.", notANumber.Texts("#form-errors li"));

        var overlong = await evaluator.Client.SubmitAsync(form, "#score-form", [Field("Form.Scores[0].Comment", new string('x', 2001))], "button[name='save']");
        Assert.Equal((HttpStatusCode)422, overlong.StatusCode);
        Assert.Contains("Use at most 2000 characters.", overlong.Texts("#form-errors li"));

        Assert.Equal(0, await _portal.WithDbAsync(db => db.Evaluations.CountAsync()));
    }

    [Fact]
    public async Task AScoreThatIsNotANumber_InFrench_SaysInFrenchThatAWholeNumberIsExpected()
    {
        _portal.Clock.SetUtcNow(SelectionSetup.AfterDeadline);
        var evaluator = await StaffJourney.SignInAsync(_portal, StaffJourney.EvaluatorEmail(1));
        var id = await _portal.WithDbAsync(db => db.Applications.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        await manager.SubmitAsync($"/admin/applications/{id}", "#assign-form");
        await Languages.ChooseAsync(evaluator.Client, "fr");
        var form = await evaluator.GetAsync($"/admin/evaluations/{id}");

        var refused = await evaluator.Client.SubmitAsync(form, "#score-form", [Field("Form.Scores[0].Score", "abc")], "button[name='save']");

        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Contains("Un nombre entier est attendu ici, et non « abc ».", refused.Texts("#form-errors li"));
        Assert.Equal(0, await _portal.WithDbAsync(db => db.Evaluations.CountAsync()));
    }

    [Fact]
    public async Task ASubmittedEvaluation_ChangedFromAPageOpenedBefore_SaysItIsFinal_AndKeepsItsScores()
    {
        _portal.Clock.SetUtcNow(SelectionSetup.AfterDeadline);
        var evaluator = await StaffJourney.SignInAsync(_portal, StaffJourney.EvaluatorEmail(1));
        var id = await _portal.WithDbAsync(db => db.Applications.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        await manager.SubmitAsync($"/admin/applications/{id}", "#assign-form");
        var criteria = await _portal.WithDbAsync(db => db.EvaluationCriteria.CountAsync());
        var form = await evaluator.GetAsync($"/admin/evaluations/{id}");
        var fours = Enumerable.Range(0, criteria).Select(i => Field($"Form.Scores[{i}].Score", "4")).ToArray();
        var submitted = await evaluator.Client.SubmitAsync(form, "#score-form", fours, "button[name='submit']");
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);

        // The same page, still open in another tab, sends new scores.
        var changed = await evaluator.Client.SubmitAsync(form, "#score-form", [Field("Form.Scores[0].Score", "1")], "button[name='save']");

        Assert.Equal((HttpStatusCode)422, changed.StatusCode);
        Assert.Contains("This evaluation was submitted and is final: its scores and comments can no longer be changed.", changed.Texts("#form-errors li"));
        Assert.DoesNotContain("A score is a whole number from 0 to 5.", changed.Texts("#form-errors li"));
        Assert.Equal([4], await _portal.WithDbAsync(db => db.Evaluations.SelectMany(e => e.Scores).Select(s => s.Score!.Value).Distinct().ToListAsync()));
    }

    [Fact]
    public async Task ACriteriaRevisionReadBeforeTheFirstEvaluation_CannotBeSavedAfterIt()
    {
        _portal.Clock.SetUtcNow(SelectionSetup.AfterDeadline);
        var evaluator = await StaffJourney.SignInAsync(_portal, StaffJourney.EvaluatorEmail(1));
        var id = await _portal.WithDbAsync(db => db.Applications.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        await manager.SubmitAsync($"/admin/applications/{id}", "#assign-form");

        // A revision reads the call while no evaluation exists...
        await using var scope = _portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICP.Infrastructure.Persistence.IcpDbContext>();
        var call = await db.Calls.Include(c => c.Criteria).SingleAsync();
        Assert.False(await ICP.Web.Features.Calls.CallLocks.EvaluationHasStartedAsync(db, call.Id, CancellationToken.None));
        var first = call.Criteria.OrderBy(c => c.Order).First();
        var other = call.Criteria.OrderBy(c => c.Order).First(c => c.Weight != first.Weight);
        var (firstWeight, otherWeight) = (first.Weight, other.Weight);
        call.ReviseCriteria(new Dictionary<int, (int, int?)> { [first.Id] = (otherWeight, null), [other.Id] = (firstWeight, null) }, evaluationStarted: false);

        // ...then the first evaluation begins (a draft is enough)...
        var form = await evaluator.GetAsync($"/admin/evaluations/{id}");
        var saved = await evaluator.Client.SubmitAsync(form, "#score-form", [Field("Form.Scores[0].Score", "4")], "button[name='save']");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        // ...so the revision, saved now, would change the rules under it: the call's token refuses it.
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        Assert.Equal(firstWeight, await _portal.WithDbAsync(d => d.EvaluationCriteria.Where(c => c.Id == first.Id).Select(c => c.Weight).SingleAsync()));
    }
}
