using FluentValidation;
using ICP.Domain.Common;
using ICP.Infrastructure.Files;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Applicant.Controllers;

/// <summary>One application: its steps, document, review and submission, versions and withdrawal.</summary>
[Route("applicant/applications/{id:int}")]
public sealed class ApplicationController(
    ApplicantQueries queries, ApplicationWorkflow applications, PortalRateLimits limits, IStringLocalizer<SharedResource> t) : ApplicantController
{
    [HttpGet("")]
    public async Task<IActionResult> Overview(int id, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        return await queries.SummaryAsync(id, who, cancellationToken) is { } summary
            ? View(new OverviewPage(summary, await queries.DeadlineAsync(who.AuthorityId, cancellationToken), who.IsDesignatedSubmitter))
            : NotFound();
    }

    [HttpGet("steps/{slug}")]
    public async Task<IActionResult> Step(int id, string slug, CancellationToken cancellationToken)
    {
        if (Steps.FromSlug(slug) is not { } step)
        {
            return NotFound();
        }

        var page = await queries.StepAsync(id, await WhoAsync(cancellationToken), step, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("steps/{slug}")]
    public async Task<IActionResult> SaveStep(int id, string slug, CancellationToken cancellationToken)
    {
        if (Steps.FromSlug(slug) is not { } step)
        {
            return NotFound();
        }

        var who = await WhoAsync(cancellationToken);
        var form = await BindStepAsync(step);
        try
        {
            await limits.EnsureAsync(HttpContext, RateLimitSetup.SavePolicy, cancellationToken);
            var result = await applications.SaveStepAsync(id, who, step, form, UnreadableFields(), ArrivedAt, cancellationToken);
            if (!result.Saved)
            {
                AddErrors(result.Errors);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View(nameof(Step), await queries.StepWithFormAsync(id, who, step, form, result.StillNeeded, null, cancellationToken));
            }

            TempData["Notice"] = result.IsComplete
                ? t["Saved. This step is complete."].Value
                : t["Saved. Some answers are still needed before you can submit."].Value;
            var next = Steps.All.FirstOrDefault(s => s.Number == step.Number + 1);
            return Request.Form.ContainsKey("saveAndContinue") && next is not null
                ? RedirectToAction(nameof(Step), new { id, slug = next.Slug })
                : Request.Form.ContainsKey("saveAndContinue")
                    ? RedirectToAction(nameof(Document), new { id })
                    : RedirectToAction(nameof(Step), new { id, slug });
        }
        catch (EditConflictException conflict)
        {
            // Nothing was overwritten. Show this person's answers, say who saved in between, and let a
            // second save (now knowingly) replace the colleague's version.
            form.Version = await queries.CurrentStepVersionAsync(id, step.Step, cancellationToken);
            ModelState.Clear();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(nameof(Step), await queries.StepWithFormAsync(id, who, step, form, [], new ConflictInfo(conflict.SavedBy, conflict.SavedAt), cancellationToken));
        }
        catch (DatabaseBusyException)
        {
            // Nothing was written: the answers come back as typed, with a banner saying to save again.
            DatabaseBusyAnswer.Apply(HttpContext, ViewData);
            return View(nameof(Step), await queries.StepWithFormAsync(id, who, step, form, [], null, cancellationToken));
        }
        catch (RateLimitExceededException refused)
        {
            // Nothing was written: the answers come back as typed, with how long to wait.
            DatabaseBusyAnswer.ApplyRateLimited(HttpContext, refused, ViewData);
            return await queries.StepWithFormAsync(id, who, step, form, [], null, cancellationToken) is { } page ? View(nameof(Step), page) : NotFound();
        }
    }

    /// <summary>The quiet save while typing (autosave.js): JSON in, JSON out, same rules as an explicit save.</summary>
    [HttpPost("steps/{slug}/autosave")]
    public async Task<IActionResult> Autosave(int id, string slug, CancellationToken cancellationToken)
    {
        if (Steps.FromSlug(slug) is not { } step)
        {
            return NotFound();
        }

        var form = await BindStepAsync(step);
        try
        {
            await limits.EnsureAsync(HttpContext, RateLimitSetup.SavePolicy, cancellationToken);
            var who = await WhoAsync(cancellationToken);
            var result = await applications.SaveStepAsync(id, who, step, form, UnreadableFields(), ArrivedAt, cancellationToken);
            return result.Saved
                ? Json(new { saved = true, version = result.NewVersion, complete = result.IsComplete, savedAt = DisplayFormats.Iso(ArrivedAt) })
                : UnprocessableEntity(new { saved = false, errors = BindingErrors().Concat(result.Errors).Select(e => new { field = e.Field, message = e.Message }) });
        }
        catch (EditConflictException conflict)
        {
            return Conflict(new { saved = false, conflict = true, savedBy = conflict.SavedBy, savedAt = conflict.SavedAt is { } at ? DisplayFormats.Iso(at) : null });
        }
        catch (DatabaseBusyException)
        {
            // The script keeps the text and tries again later; the page says so.
            DatabaseBusyAnswer.Apply(HttpContext);
            return new JsonResult(new { saved = false, busy = true, retryAfter = DatabaseBusyAnswer.RetryAfterSeconds(HttpContext) })
            {
                StatusCode = StatusCodes.Status503ServiceUnavailable,
            };
        }
        catch (RateLimitExceededException refused)
        {
            // The script keeps the text and saves it once the wait is over.
            DatabaseBusyAnswer.ApplyRateLimited(HttpContext, refused);
            return new JsonResult(new { saved = false, limited = true, retryAfter = DatabaseBusyAnswer.RetryAfterSeconds(refused) })
            {
                StatusCode = StatusCodes.Status429TooManyRequests,
            };
        }
    }

    [HttpGet("document")]
    public async Task<IActionResult> Document(int id, CancellationToken cancellationToken) =>
        await queries.DocumentAsync(id, await WhoAsync(cancellationToken), null, cancellationToken) is { } page ? View(page) : NotFound();

    /// <summary>
    /// What the server reads of an upload before refusing it outright: well above the 5 MB rule, so
    /// that a 10 MB scan gets "larger than 5 MB" from the action rather than a bare error page.
    /// </summary>
    public const long UploadTransportLimit = 25 * 1024 * 1024;

    [HttpPost("document")]
    [RequestSizeLimit(UploadTransportLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadTransportLimit)]
    public async Task<IActionResult> UploadDocument(int id, IFormFile? letter, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        UploadResult result;
        try
        {
            await limits.EnsureAsync(HttpContext, RateLimitSetup.UploadPolicy, cancellationToken);
            result = await applications.UploadDocumentAsync(id, who, letter, ArrivedAt, cancellationToken);
        }
        catch (RateLimitExceededException refused)
        {
            var waitMessage = t["The letter was not attached: too many uploads in a short time. Choose the file again and upload it in {0} seconds.", DatabaseBusyAnswer.RetryAfterSeconds(refused)];
            ModelState.AddModelError("letter", waitMessage);
            DatabaseBusyAnswer.ApplyRateLimited(HttpContext, refused);
            return await queries.DocumentAsync(id, who, waitMessage, cancellationToken) is { } page ? View(nameof(Document), page) : NotFound();
        }
        catch (DatabaseBusyException)
        {
            var busy = t["The letter was not attached: the portal is very busy just now. Choose the file again and upload it in a few seconds."];
            ModelState.AddModelError("letter", busy);
            DatabaseBusyAnswer.Apply(HttpContext, ViewData);
            return View(nameof(Document), await queries.DocumentAsync(id, who, busy, cancellationToken));
        }

        if (result.Problem == DocumentProblem.None)
        {
            TempData["Notice"] = t["The letter was uploaded."].Value;
            return RedirectToAction(nameof(Document), new { id });
        }

        string message = result.Refusal is { } rule ? DomainMessages.For(rule, t) : result.Problem switch
        {
            DocumentProblem.Missing => t["Choose a file to upload."],
            DocumentProblem.TooLarge => t["The file is larger than 5 MB."],
            _ => t["The file is not a PDF document. Upload the signed letter as a PDF."],
        };
        ModelState.AddModelError("letter", message);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        if (result.RetryAfter is { } wait)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return View(nameof(Document), await queries.DocumentAsync(id, who, message, cancellationToken));
    }

    [HttpGet("documents/{documentId:int}")]
    public async Task<IActionResult> DownloadDocument(int id, int documentId, [FromServices] IFileStore files, CancellationToken cancellationToken)
    {
        if (await queries.DocumentFileAsync(id, documentId, await WhoAsync(cancellationToken), cancellationToken) is not { } file)
        {
            return NotFound();
        }

        // Always an attachment, never rendered in the portal's origin.
        return File(files.OpenRead(file.StorageKey), "application/pdf", file.FileName);
    }

    [HttpGet("review")]
    public async Task<IActionResult> Review(int id, CancellationToken cancellationToken) =>
        await queries.ReviewAsync(id, await WhoAsync(cancellationToken), [], cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("submit")]
    public async Task<IActionResult> Submit(int id, SubmitForm form, [FromServices] IValidator<SubmitForm> validator, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken))
        {
            return await ReviewWithProblemsAsync(id, who, [], form, cancellationToken);
        }

        try
        {
            await limits.EnsureAsync(HttpContext, RateLimitSetup.SubmitPolicy, cancellationToken);
            var version = await applications.SubmitAsync(id, who, form.IdempotencyKey, form.ReviewedDraft, ArrivedAt, cancellationToken);
            return RedirectToAction(nameof(Version), new { id, number = version.Number });
        }
        catch (DomainException problem) when (problem is not CallClosedException)
        {
            // After the deadline: the deadline page (RefusalFilter). Incomplete: the review lists what is missing. A draft changed since the page was read,
            // or a page reused after its version went: the summary is read again with a fresh key.
            var missing = problem is ApplicationIncompleteException incomplete ? incomplete.Missing : [];
            if (missing.Count == 0)
            {
                ModelState.AddRefusal(problem, t);
            }

            var again = problem is DraftChangedSinceReviewException or SubmitPageReusedException ? FreshReview(form) : form;
            return await ReviewWithProblemsAsync(id, who, missing, again, cancellationToken);
        }
        catch (DatabaseBusyException)
        {
            // Nothing was submitted. The page keeps its key, so sending it again cannot make two versions.
            var page = await ReviewWithProblemsAsync(id, who, [], form, cancellationToken);
            DatabaseBusyAnswer.Apply(HttpContext, ViewData);
            return page;
        }
        catch (RateLimitExceededException refused)
        {
            // Nothing was submitted; the same key, so the retry after the wait makes one version at most.
            var page = await ReviewWithProblemsAsync(id, who, [], form, cancellationToken);
            DatabaseBusyAnswer.ApplyRateLimited(HttpContext, refused, ViewData);
            return page;
        }
    }

    [HttpGet("versions/{number:int}")]
    public async Task<IActionResult> Version(int id, int number, CancellationToken cancellationToken) =>
        await queries.VersionAsync(id, number, await WhoAsync(cancellationToken), cancellationToken) is { } page ? View(page) : NotFound();

    [HttpGet("versions/{number:int}/content.json")]
    public async Task<IActionResult> VersionContent(int id, int number, CancellationToken cancellationToken) =>
        await queries.ContentJsonAsync(id, number, await WhoAsync(cancellationToken), cancellationToken) is { } json
            ? File(System.Text.Encoding.UTF8.GetBytes(json), "application/json", $"application-{id}-version-{number}.json")
            : NotFound();

    [HttpGet("withdraw")]
    public async Task<IActionResult> Withdraw(int id, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        return await queries.SummaryAsync(id, who, cancellationToken) is { } summary
            ? View(new WithdrawPage(summary, new WithdrawForm(), who.IsDesignatedSubmitter))
            : NotFound();
    }

    [HttpPost("withdraw")]
    public async Task<IActionResult> Withdraw(int id, [Bind(Prefix = "Form")] WithdrawForm form, [FromServices] IValidator<WithdrawForm> validator, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        if (await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "Form"))
        {
            try
            {
                await applications.WithdrawAsync(id, who, form.Reason, ArrivedAt, cancellationToken);
                TempData["Notice"] = t["The application was withdrawn. Submitting again before the deadline reverses this."].Value;
                return RedirectToAction(nameof(Overview), new { id });
            }
            catch (DomainException problem) when (problem is not CallClosedException)
            {
                ModelState.AddRefusal(problem, t);
            }
            catch (DatabaseBusyException)
            {
                DatabaseBusyAnswer.Apply(HttpContext, ViewData);
            }
        }

        if (!ModelState.IsValid)
        {
            // Refused, like every other refused form: the page again with the reason, as 422.
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return await queries.SummaryAsync(id, who, cancellationToken) is { } summary
            ? View(new WithdrawPage(summary, form, who.IsDesignatedSubmitter))
            : NotFound();
    }

    private async Task<IActionResult> ReviewWithProblemsAsync(int id, ApplicantContext who, IReadOnlyList<string> missing, SubmitForm form, CancellationToken cancellationToken)
    {
        if (await queries.ReviewAsync(id, who, missing, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        ViewData["SubmitForm"] = form;

        // A retry of the same submit must carry the same key, so a second click cannot make a second
        // version; the draft the page shows is the one it now vouches for.
        return View(nameof(Review), page with { IdempotencyKey = form.IdempotencyKey == Guid.Empty ? page.IdempotencyKey : form.IdempotencyKey });
    }

    /// <summary>The declarations as ticked, under a new key: the page now shows another draft (or a used submit).</summary>
    private static SubmitForm FreshReview(SubmitForm form) => new()
    {
        ConfirmAccurate = form.ConfirmAccurate,
        ConfirmAuthorised = form.ConfirmAuthorised,
        ConfirmPublication = form.ConfirmPublication,
    };

    /// <summary>Binds the posted fields onto the step's own form type: fields of other steps, or unknown ones, are ignored.</summary>
    private async Task<StepForm> BindStepAsync(StepInfo step)
    {
        var form = (StepForm)Activator.CreateInstance(step.FormType)!;
        await TryUpdateModelAsync(form, step.FormType, string.Empty);

        // Keep only what could not be read ("2.5" for a whole number, a population too large for its
        // type): that value is left empty on the form, so saving would erase the earlier answer.
        // Such a save is refused with the binder's (localised) message and the typed text kept.
        foreach (var key in ModelState.Keys.ToList())
        {
            if (ModelState[key] is { ValidationState: not Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid })
            {
                ModelState.Remove(key);
            }
        }

        return form;
    }

    private IEnumerable<(string Field, string Message)> BindingErrors() =>
        ModelState.SelectMany(entry => entry.Value!.Errors.Select(error => (entry.Key, error.ErrorMessage)));

    private HashSet<string> UnreadableFields() => ModelState.Keys.ToHashSet(StringComparer.Ordinal);
}
