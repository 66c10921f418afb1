using FluentValidation;
using ICP.Domain.Common;
using ICP.Infrastructure.Files;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Configuration;
using ICP.Web.Features.Evaluation;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>An evaluator's work: the declaration of conflicts, the assignments, the scoring.</summary>
[Route("admin/evaluations")]
[Authorize(Policy = Policies.Evaluator)]
public sealed class EvaluationsController(EvaluationQueries queries, EvaluationWorkflow workflow, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.MineAsync(await WhoAsync(cancellationToken), cancellationToken));

    [HttpGet("declaration")]
    public async Task<IActionResult> Declaration(CancellationToken cancellationToken) =>
        View(await queries.DeclarationAsync(await WhoAsync(cancellationToken), cancellationToken));

    [HttpPost("declaration")]
    public async Task<IActionResult> Declaration(string[]? countries, int[]? authorities, bool confirm, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        if (!confirm)
        {
            ModelState.AddModelError("confirm", t["Confirm that the declaration is complete."]);
            return View(await queries.DeclarationAsync(who, cancellationToken));
        }

        try
        {
            await workflow.DeclareAsync(who, countries ?? [], authorities ?? [], cancellationToken);
        }
        catch (InvalidProgrammeDataException)
        {
            // Only a forged form can name a country or city the page did not offer.
            return BadRequest();
        }

        TempData["Notice"] = t["Your declaration was saved."].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{applicationId:int}")]
    public async Task<IActionResult> Score(int applicationId, CancellationToken cancellationToken) =>
        await queries.ScoreAsync(applicationId, await WhoAsync(cancellationToken), cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("{applicationId:int}")]
    public async Task<IActionResult> Score(
        int applicationId, [Bind(Prefix = "Form")] ScoreForm form, string? submit, [FromServices] IValidator<ScoreForm> validator, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        if (!ModelState.IsValid || !await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "Form"))
        {
            // A score that is not a number, or one out of range, or an over-long comment: the page
            // comes back with the message and everything typed; nothing is saved.
            if (await queries.ScoreAsync(applicationId, who, cancellationToken) is not { } invalid)
            {
                return NotFound();
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(invalid with { Form = form });
        }

        try
        {
            await workflow.SaveScoresAsync(applicationId, who, form, submit is not null, cancellationToken);
            TempData["Notice"] = submit is not null ? t["Your evaluation was submitted."].Value : t["Your scores were saved as a draft."].Value;
            return RedirectToAction(nameof(Score), new { applicationId });
        }
        catch (DomainException problem)
        {
            ModelState.AddRefusal(problem, t);
            if (await queries.ScoreAsync(applicationId, who, cancellationToken) is not { } page)
            {
                return NotFound();
            }

            // The scores typed are shown again, so nothing typed is lost.
            Response.StatusCode = problem is EditConflictException ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
            return View(page with { Form = form });
        }
        catch (DatabaseBusyException)
        {
            // Nothing was saved; the scores and comments typed come back with a banner saying to save again.
            if (await queries.ScoreAsync(applicationId, who, cancellationToken) is not { } page)
            {
                return NotFound();
            }

            DatabaseBusyAnswer.Apply(HttpContext, ViewData);
            return View(page with { Form = form });
        }
    }

    [HttpGet("{applicationId:int}/documents/{documentId:int}")]
    public async Task<IActionResult> Document(int applicationId, int documentId, [FromServices] IFileStore files, CancellationToken cancellationToken) =>
        await queries.DocumentFileAsync(applicationId, documentId, await WhoAsync(cancellationToken), cancellationToken) is { } file
            ? Attachment(files, file.StorageKey, file.FileName)
            : NotFound();
}
