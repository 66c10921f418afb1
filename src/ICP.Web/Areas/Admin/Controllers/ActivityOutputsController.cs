using FluentValidation;
using ICP.Domain.Common;
using ICP.Infrastructure.Files;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Areas.Applicant.Controllers;
using ICP.Web.Configuration;
using ICP.Web.Features.Activities;
using ICP.Web.Features.Applications;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>An activity's outputs (slides, recordings' links, reports): attach, show or hide on the public page, remove, download (ADR 22).</summary>
[Route("admin/activities/{id:int}/outputs")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class ActivityOutputsController(
    ActivityQueries activities, ActivityOutputQueries queries, ActivityOutputWorkflow workflow, IStringLocalizer<SharedResource> t) : AdminController
{
    private const string EditView = "~/Areas/Admin/Views/Activities/Edit.cshtml";

    [HttpPost("")]
    [RequestSizeLimit(ApplicationController.UploadTransportLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = ApplicationController.UploadTransportLimit)]
    public async Task<IActionResult> Add(
        [FromRoute] int id, [Bind(Prefix = nameof(StaffActivityPage.OutputForm))] ActivityOutputForm form, IFormFile? file,
        [FromServices] IValidator<ActivityOutputForm> validator, [FromServices] PortalRateLimits limits, CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, nameof(StaffActivityPage.OutputForm)))
        {
            return await AgainAsync(id, form, null, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        UploadResult result;
        try
        {
            if (file is { Length: > 0 })
            {
                await limits.EnsureAsync(HttpContext, RateLimitSetup.UploadPolicy, cancellationToken);
            }

            result = await workflow.AddAsync(id, form, file, await WhoAsync(cancellationToken), HttpContext.ArrivedAt(), cancellationToken);
        }
        catch (RateLimitExceededException refused)
        {
            DatabaseBusyAnswer.ApplyRateLimited(HttpContext, refused, ViewData);
            return await AgainAsync(id, form, t["The output was not added: too many uploads in a short time. Choose the file again and upload it in {0} seconds.", DatabaseBusyAnswer.RetryAfterSeconds(refused)],
                StatusCodes.Status429TooManyRequests, cancellationToken);
        }
        catch (DatabaseBusyException)
        {
            DatabaseBusyAnswer.Apply(HttpContext, ViewData);
            return await AgainAsync(id, form, t["The output was not added: the portal is very busy just now. Try again in a few seconds."], StatusCodes.Status503ServiceUnavailable, cancellationToken);
        }
        catch (DomainException refused)
        {
            return await AgainAsync(id, form, DomainMessages.For(refused, t), StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        if (result.Problem == DocumentProblem.None)
        {
            TempData["Notice"] = t["The output was added."].Value;
            return Redirect($"/admin/activities/{id}#outputs");
        }

        var minutes = (int)Math.Ceiling((result.RetryAfter ?? TimeSpan.Zero).TotalMinutes);
        string message = result.Problem switch
        {
            DocumentProblem.TooLarge => t["The file is larger than 5 MB."],
            DocumentProblem.TooManyUploads => t["Too many files were added to this activity in a short time. Try again in {0} minutes.", Math.Max(1, minutes)],
            DocumentProblem.QuotaFull => t["This activity's files fill the storage it may use. Remove an output first."],
            _ => t["The file is not a PDF document. Attach the output as a PDF, or give a link."],
        };
        if (result.RetryAfter is { } retry)
        {
            Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return await AgainAsync(id, form, message, StatusCodes.Status429TooManyRequests, cancellationToken);
        }

        return await AgainAsync(id, form, message, StatusCodes.Status422UnprocessableEntity, cancellationToken);
    }

    [HttpPost("{outputId:int}/visibility")]
    public async Task<IActionResult> Visibility([FromRoute] int id, [FromRoute] int outputId, bool isPublic, Guid token, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.ChangeVisibilityAsync(id, outputId, isPublic, token, who, cancellationToken),
            isPublic ? t["The output is on the public page."] : t["The output is no longer on the public page."], () => Back(id));
    }

    [HttpPost("{outputId:int}/remove")]
    public async Task<IActionResult> Remove([FromRoute] int id, [FromRoute] int outputId, Guid token, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.RemoveAsync(id, outputId, token, who, cancellationToken), t["The output was removed."], () => Back(id));
    }

    [HttpGet("{outputId:int}")]
    public async Task<IActionResult> Download([FromRoute] int id, [FromRoute] int outputId, [FromServices] IFileStore files, CancellationToken cancellationToken)
    {
        var file = await queries.StaffFileAsync(id, outputId, cancellationToken);
        return Attachment(files, file.StorageKey, file.FileName);
    }

    private RedirectResult Back(int id) => Redirect($"/admin/activities/{id}#outputs");

    /// <summary>The activity's page again around what was posted, with the problem beside the file field.</summary>
    private async Task<IActionResult> AgainAsync(int id, ActivityOutputForm form, string? problem, int status, CancellationToken cancellationToken)
    {
        if (await activities.StaffPageAsync(id, null, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        if (problem is not null)
        {
            ModelState.AddModelError("file", problem);
        }

        Response.StatusCode = status;
        return View(EditView, page with { OutputForm = form, OutputProblem = problem });
    }
}
