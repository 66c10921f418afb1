using ICP.Domain.Applications;
using ICP.Domain.Evaluation;
using ICP.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ICP.Testing;

/// <summary>
/// A call ready for selection without clicking through evaluation: the demo's submitted
/// applications, each given a consolidated score computed by the domain from two evaluations.
/// </summary>
public static class SelectionSetup
{
    public static readonly DateTimeOffset AfterDeadline = new(2021, 11, 20, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The demo's staff (a programme manager and <paramref name="evaluators"/> evaluators with their
    /// declarations confirmed), then <paramref name="applications"/> submitted applications that
    /// nobody is assigned to yet.
    /// </summary>
    public static async Task UnassignedAsync(PortalFactory portal, int applications, int evaluators)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
        await demo.SeedAsync(0, evaluators, CancellationToken.None);
        await demo.SeedAsync(applications, 0, CancellationToken.None);
    }

    /// <summary>Seeds the demo and gives every application of <paramref name="groups"/> a passing score (different per application, so the ranking is strict).</summary>
    public static async Task ReadyAsync(PortalFactory portal, int applications, params string[] groups)
    {
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(applications, 2, CancellationToken.None);
        }

        await portal.WithDbAsync(async db =>
        {
            var call = await db.Calls.Include(c => c.Criteria).SingleAsync();
            var targets = await db.Applications.Where(a => groups.Contains(a.QuotaGroupCode) && a.Status == ApplicationStatus.Submitted).OrderBy(a => a.Id).ToListAsync();
            foreach (var (application, index) in targets.Select((a, i) => (a, i)))
            {
                // Scores 3 to 5 that vary with the application: every one passes the thresholds and the pass mark.
                var evaluations = Enumerable.Range(0, 2).Select(e =>
                {
                    var evaluation = new Evaluation(0, application.Id, $"evaluator-{e}", 1);
                    evaluation.SaveDraft(call.Criteria.Select((c, k) => (c.Id, (int?)(3 + ((index + k + e) % 3)), "Scored for the test.")), "Scored for the test.");
                    evaluation.Submit(call.Criteria, AfterDeadline);
                    return evaluation;
                }).ToList();
                var score = await db.ApplicationScores.SingleOrDefaultAsync(s => s.ApplicationId == application.Id);
                if (score is null)
                {
                    score = new ApplicationScore(application.Id);
                    db.ApplicationScores.Add(score);
                }

                score.Recompute(call.Criteria, evaluations, call.PassMark, AfterDeadline);
                if (!score.Passes)
                {
                    throw new InvalidOperationException($"Set-up error: application {application.Id} does not pass ({score.Mean}).");
                }
            }

            await db.SaveChangesAsync();
        });
        portal.Clock.SetUtcNow(AfterDeadline);
    }
}
