using FluentValidation;
using ICP.Domain.Common;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>Staff accounts and invitations.</summary>
[Route("admin/staff")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class StaffController(StaffWorkflow workflow, IValidator<StaffInvitationForm> validator, PortalRateLimits limits, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new StaffPage(await workflow.ListAsync(cancellationToken), new StaffInvitationForm()));

    [HttpPost("")]
    public async Task<IActionResult> Invite([Bind(Prefix = "Form")] StaffInvitationForm form, CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "Form"))
        {
            return View(nameof(Index), new StaffPage(await workflow.ListAsync(cancellationToken), form));
        }

        try
        {
            await limits.EnsureAsync(HttpContext, RateLimitSetup.EmailPolicy, cancellationToken);
            await workflow.InviteAsync(form, await WhoAsync(cancellationToken));
        }
        catch (RateLimitExceededException refused)
        {
            ModelState.AddModelError("Form.Email", t["No invitation was sent: too many e-mails were sent from this account or network in a short time. Try again in {0} seconds.", DatabaseBusyAnswer.RetryAfterSeconds(refused)]);
            DatabaseBusyAnswer.ApplyRateLimited(HttpContext, refused);
            return View(nameof(Index), new StaffPage(await workflow.ListAsync(cancellationToken), form));
        }
        catch (StaffRoleRefusedException refused)
        {
            ModelState.AddRefusal(refused, t, "Form.Email");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), new StaffPage(await workflow.ListAsync(cancellationToken), form));
        }

        TempData["Notice"] = t["The invitation was sent to {0}.", form.Email.Trim()].Value;
        return RedirectToAction(nameof(Index));
    }
}
