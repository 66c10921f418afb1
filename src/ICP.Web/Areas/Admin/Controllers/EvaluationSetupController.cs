using FluentValidation;
using ICP.Web.Configuration;
using ICP.Web.Features.Evaluation;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
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
    public async Task<IActionResult> Criteria(CriteriaForm form, [FromServices] IValidator<CriteriaForm> validator, CancellationToken cancellationToken)
    {
        if (await RefusedAsync(validator, form, cancellationToken))
        {
            return RedirectToAction(nameof(Index));
        }

        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.ReviseCriteriaAsync(form.Revisions(), who, cancellationToken), t["The criteria were saved."], () => RedirectToAction(nameof(Index)));
    }

    [HttpPost("assign")]
    public async Task<IActionResult> AutoAssign(CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        var result = await workflow.AutoAssignAsync(who, queries.PerApplication, cancellationToken);
        TempData["Notice"] = t.Plural(result.Made, "{0} assignment was made.", "{0} assignments were made.").Value;
        if (result.ShortOfEvaluators.Count > 0)
        {
            // The first references only: a notice travels in a cookie (ADR 25), and the list page shows the rest.
            const int Shown = 20;
            var named = string.Join(", ", result.ShortOfEvaluators.Take(Shown));
            TempData["Problem"] = result.ShortOfEvaluators.Count <= Shown
                ? t["Not enough evaluators without a conflict for: {0}.", named].Value
                : t["Not enough evaluators without a conflict for: {0} and {1} more.", named, result.ShortOfEvaluators.Count - Shown].Value;
        }

        return RedirectToAction(nameof(Index));
    }
}
