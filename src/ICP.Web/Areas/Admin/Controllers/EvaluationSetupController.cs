using ICP.Web.Configuration;
using ICP.Web.Features.Evaluation;
using Microsoft.AspNetCore.Authorization;
using ICP.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>Running the evaluation: the criteria (until evaluation starts), the evaluators' load, automatic assignment.</summary>
[Route("admin/evaluation")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class EvaluationSetupController(EvaluationQueries queries, EvaluationWorkflow workflow, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.OverviewAsync(cancellationToken));

    [HttpPost("criteria")]
    public async Task<IActionResult> Criteria(int[] ids, int[] weights, string?[] thresholds, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // A weight that is not a whole number would otherwise bind as 0.
            TempData["Problem"] = t["A weight is a whole number from 1 to 100."].Value;
            return RedirectToAction(nameof(Index));
        }

        var who = await WhoAsync(cancellationToken);
        if (ids.Length != weights.Length || ids.Length != thresholds.Length)
        {
            return BadRequest();
        }

        var revisions = new Dictionary<int, (int, int?)>();
        for (var i = 0; i < ids.Length; i++)
        {
            // Empty means "no threshold"; anything else must be a whole number (never silently dropped).
            int? threshold = null;
            if (!string.IsNullOrWhiteSpace(thresholds[i]))
            {
                if (!int.TryParse(thresholds[i], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value))
                {
                    TempData["Problem"] = t["A threshold is a whole number from 0 to 5, or empty for none."].Value;
                    return RedirectToAction(nameof(Index));
                }

                threshold = value;
            }

            revisions[ids[i]] = (weights[i], threshold);
        }

        return await ChangeAsync(() => workflow.ReviseCriteriaAsync(revisions, who, cancellationToken), t["The criteria were saved."], () => RedirectToAction(nameof(Index)));
    }

    [HttpPost("assign")]
    public async Task<IActionResult> AutoAssign(CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        var result = await workflow.AutoAssignAsync(who, queries.PerApplication, cancellationToken);
        TempData["Notice"] = t.Plural(result.Made, "{0} assignment was made.", "{0} assignments were made.").Value;
        if (result.ShortOfEvaluators.Count > 0)
        {
            TempData["Problem"] = t["Not enough evaluators without a conflict for: {0}.", string.Join(", ", result.ShortOfEvaluators)].Value;
        }

        return RedirectToAction(nameof(Index));
    }
}
