using FluentValidation;
using ICP.Web.Configuration;
using ICP.Web.Features.Cooperation;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>A study visit's delegations: every participating city's delegates, changes after the cut-off, the export.</summary>
[Route("admin/visits/{activityId:int}/delegates")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class DelegatesController(DelegationQueries queries, DelegationWorkflow workflow, PortalRateLimits limits, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromRoute] int activityId, CancellationToken cancellationToken) =>
        View(await queries.StaffPageAsync(activityId, null, null, cancellationToken));

    [HttpGet("export.csv")]
    public async Task<IActionResult> ExportCsv([FromRoute] int activityId, CancellationToken cancellationToken)
    {
        await limits.EnsureAsync(HttpContext, RateLimitSetup.ExportPolicy, cancellationToken);
        return File(Exports.Csv(await queries.ExportAsync(activityId, k => t[k], cancellationToken)), "text/csv; charset=utf-8", $"delegates-{activityId}.csv");
    }

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportXlsx([FromRoute] int activityId, CancellationToken cancellationToken)
    {
        await limits.EnsureAsync(HttpContext, RateLimitSetup.ExportPolicy, cancellationToken);
        return File(Exports.Xlsx(await queries.ExportAsync(activityId, k => t[k], cancellationToken), t["Delegates"]),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"delegates-{activityId}.xlsx");
    }

    [HttpPost("")]
    public async Task<IActionResult> Add(
        [FromRoute] int activityId, int? applicationId, [Bind(Prefix = "Form")] DelegateForm form, [FromServices] IValidator<DelegateForm> validator, CancellationToken cancellationToken)
    {
        if (applicationId is null)
        {
            ModelState.AddModelError("applicationId", t["Choose the city."]);
        }

        if (await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "Form") && applicationId is { } city)
        {
            var who = await WhoAsync(cancellationToken);
            try
            {
                await workflow.AddForStaffAsync(who, activityId, city, form, cancellationToken);
                TempData["Notice"] = t["{0} is registered as a delegate.", form.Name.Trim()].Value;
                return Back(activityId);
            }
            catch (ICP.Domain.Common.DomainException refused)
            {
                ModelState.AddModelError(string.Empty, DomainMessages.For(refused, t));
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Index), await queries.StaffPageAsync(activityId, form, applicationId, cancellationToken));
    }

    [HttpPost("{delegateId:int}/remove")]
    public async Task<IActionResult> Remove([FromRoute] int activityId, [FromRoute] int delegateId, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.RemoveForStaffAsync(who, activityId, delegateId, cancellationToken), t["The delegate was removed."], () => Back(activityId));
    }

    private RedirectResult Back(int activityId) => Redirect($"/admin/visits/{activityId}/delegates");
}
