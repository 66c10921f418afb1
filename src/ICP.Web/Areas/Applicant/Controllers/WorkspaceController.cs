using FluentValidation;
using ICP.Domain.Activities;
using ICP.Domain.Common;
using ICP.Infrastructure.Files;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Cooperation;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Applicant.Controllers;

/// <summary>
/// The participating city's workspace (shown on /applicant once the city is selected): a city of
/// its clusters with its contact persons, and the outputs it hands in. A city that does not take
/// part, or an id outside its clusters or its own outputs, answers 404.
/// </summary>
[Route("applicant")]
public sealed class WorkspaceController(WorkspaceQueries workspace, OutputWorkflow outputs, PortalRateLimits limits, IStringLocalizer<SharedResource> t) : ApplicantController
{
    public const string WorkspaceView = "~/Areas/Applicant/Views/Dashboard/Workspace.cshtml";

    /// <summary>The TempData key of a calendar address just made (shown once on the workspace).</summary>
    public const string NewCalendarFeedKey = "NewCalendarFeed";

    [HttpGet("partners/{applicationId:int}")]
    public async Task<IActionResult> Partner([FromRoute] int applicationId, CancellationToken cancellationToken) =>
        View(await workspace.PartnerAsync(await WhoAsync(cancellationToken), applicationId, cancellationToken));

    [HttpPost("outputs")]
    [RequestSizeLimit(ApplicationController.UploadTransportLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = ApplicationController.UploadTransportLimit)]
    public async Task<IActionResult> Upload(
        [Bind(Prefix = "Form")] OutputForm form, IFormFile? file, [FromServices] IValidator<OutputForm> validator, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        if (await workspace.ParticipatingCityAsync(who, cancellationToken) is null)
        {
            return NotFound();
        }

        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "Form"))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await AgainAsync(who, form, null, cancellationToken);
        }

        UploadResult result;
        try
        {
            await limits.EnsureAsync(HttpContext, RateLimitSetup.UploadPolicy, cancellationToken);
            result = await outputs.UploadAsync(who, form.ParsedKind!.Value, form.Title, file, ArrivedAt, cancellationToken);
        }
        catch (RateLimitExceededException refused)
        {
            var wait = t["The output was not handed in: too many uploads in a short time. Choose the file again and upload it in {0} seconds.", DatabaseBusyAnswer.RetryAfterSeconds(refused)];
            DatabaseBusyAnswer.ApplyRateLimited(HttpContext, refused, ViewData);
            return await AgainAsync(who, form, wait, cancellationToken);
        }
        catch (DatabaseBusyException)
        {
            DatabaseBusyAnswer.Apply(HttpContext, ViewData);
            return await AgainAsync(who, form, t["The output was not handed in: the portal is very busy just now. Choose the file again and upload it in a few seconds."], cancellationToken);
        }

        if (result.Problem == DocumentProblem.None)
        {
            TempData["Notice"] = t["The output was handed in. Staff will review it before it can be published."].Value;
            return Redirect("/applicant#outputs");
        }

        var minutes = (int)Math.Ceiling((result.RetryAfter ?? TimeSpan.Zero).TotalMinutes);
        string message = result.Problem switch
        {
            DocumentProblem.Missing => t["Choose a file to upload."],
            DocumentProblem.TooLarge => t["The file is larger than 5 MB."],
            DocumentProblem.TooManyUploads => t["Too many outputs were handed in by your city in a short time. Try again in {0} minutes.", Math.Max(1, minutes)],
            DocumentProblem.QuotaFull => t["Your city's outputs fill the storage it may use. Contact the programme's helpdesk."],
            _ => t["The file is not a PDF document. Hand in the output as a PDF."],
        };
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        if (result.RetryAfter is { } retry)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await AgainAsync(who, form, message, cancellationToken);
    }

    [HttpGet("outputs/{outputId:int}")]
    public async Task<IActionResult> Download([FromRoute] int outputId, [FromServices] IFileStore files, CancellationToken cancellationToken)
    {
        var file = await workspace.OwnOutputFileAsync(await WhoAsync(cancellationToken), outputId, cancellationToken);

        // Always an attachment, never rendered in the portal's origin.
        return File(files.OpenRead(file.StorageKey), "application/pdf", file.FileName);
    }

    /// <summary>
    /// Makes the city's private calendar address, or a new one that ends the old at once; any officer
    /// of a participating city may (else 404). The address is shown once, on the workspace.
    /// </summary>
    [HttpPost("calendar-feed")]
    public async Task<IActionResult> CalendarFeed([FromServices] CalendarFeedWorkflow feeds, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        await limits.EnsureAsync(HttpContext, RateLimitSetup.SavePolicy, cancellationToken);
        TempData[NewCalendarFeedKey] = await feeds.IssueAsync(who, cancellationToken);
        TempData["Notice"] = t["Your city's private calendar address is ready. Copy it now: it is shown only this once."].Value;
        return Redirect("/applicant#calendar-feed");
    }

    [HttpGet("visits/{activityId:int}")]
    public async Task<IActionResult> Visit([FromRoute] int activityId, [FromServices] DelegationQueries delegations, CancellationToken cancellationToken) =>
        View(await delegations.VisitAsync(await WhoAsync(cancellationToken), activityId, null, cancellationToken));

    [HttpPost("visits/{activityId:int}/delegates")]
    public async Task<IActionResult> AddDelegate(
        [FromRoute] int activityId, [Bind(Prefix = "Form")] DelegateForm form, [FromServices] IValidator<DelegateForm> validator,
        [FromServices] DelegationQueries delegations, [FromServices] DelegationWorkflow workflow, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        if (await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "Form"))
        {
            try
            {
                await workflow.AddForCityAsync(who, activityId, form, ArrivedAt, cancellationToken);
                TempData["Notice"] = t["{0} is registered as a delegate.", form.Name.Trim()].Value;
                return Redirect($"/applicant/visits/{activityId}");
            }
            catch (DatabaseBusyException)
            {
                DatabaseBusyAnswer.Apply(HttpContext, ViewData);
                return View(nameof(Visit), await delegations.VisitAsync(who, activityId, form, cancellationToken));
            }
            catch (DomainException refused) when (refused is not EditConflictException)
            {
                ModelState.AddModelError(string.Empty, DelegateMessage(refused));
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Visit), await delegations.VisitAsync(who, activityId, form, cancellationToken));
    }

    [HttpPost("visits/{activityId:int}/delegates/{delegateId:int}/remove")]
    public async Task<IActionResult> RemoveDelegate(
        [FromRoute] int activityId, [FromRoute] int delegateId, [FromServices] DelegationWorkflow workflow, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        try
        {
            await workflow.RemoveForCityAsync(who, activityId, delegateId, ArrivedAt, cancellationToken);
            TempData["Notice"] = t["The delegate was removed."].Value;
        }
        catch (DomainException refused)
        {
            TempData["Problem"] = DelegateMessage(refused);
        }

        return Redirect($"/applicant/visits/{activityId}");
    }

    private string DelegateMessage(DomainException refused) => refused switch
    {
        DelegateCutoffPassedException closed => t["Delegates could be registered or changed until {0} (Brussels time). From then on, changes go through the programme's staff.",
            DisplayFormats.DateTimeIn(ICP.Domain.Programme.Call.LastOnTimeSecondBefore(closed.Cutoff), ICP.Domain.Common.ZonedTime.BrusselsZoneId)],
        _ => DomainMessages.For(refused, t),
    };

    /// <summary>The workspace again around what the person posted, with the file's problem beside its field.</summary>
    private async Task<IActionResult> AgainAsync(ApplicantContext who, OutputForm form, string? problem, CancellationToken cancellationToken)
    {
        if (problem is not null)
        {
            ModelState.AddModelError("file", problem);
        }

        return await workspace.WorkspaceAsync(who, form, problem, cancellationToken) is { } page ? View(WorkspaceView, page) : NotFound();
    }
}
