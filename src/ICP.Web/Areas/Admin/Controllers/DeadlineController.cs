using FluentValidation;
using ICP.Web.Configuration;
using ICP.Web.Features.Calls;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>The call's deadline and the individual extensions.</summary>
[Route("admin/deadline")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class DeadlineController(DeadlineWorkflow workflow, IValidator<DeadlineForm> validator, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await workflow.PageAsync(null, null, cancellationToken));

    [HttpPost("extend")]
    public async Task<IActionResult> Extend([Bind(Prefix = "CallForm")] DeadlineForm form, CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "CallForm"))
        {
            return View(nameof(Index), await workflow.PageAsync(form, null, cancellationToken));
        }

        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.ExtendAsync(form.LastDay!.Value, form.Reason, who, cancellationToken),
            t["The deadline was extended; the public pages announce it."], () => RedirectToAction(nameof(Index)));
    }

    [HttpPost("individual")]
    public async Task<IActionResult> Grant([Bind(Prefix = "IndividualForm")] DeadlineForm form, CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "IndividualForm") || form.AuthorityId is null)
        {
            if (form.AuthorityId is null)
            {
                ModelState.AddModelError("IndividualForm.AuthorityId", t["Choose the local authority."]);
            }

            return View(nameof(Index), await workflow.PageAsync(null, form, cancellationToken));
        }

        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.GrantAsync(form.AuthorityId.Value, form.LastDay!.Value, form.Reason, who, cancellationToken),
            t["The individual extension was granted."], () => RedirectToAction(nameof(Index)));
    }

    [HttpPost("individual/{authorityId:int}/revoke")]
    public async Task<IActionResult> Revoke(int authorityId, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.RevokeAsync(authorityId, who, cancellationToken), t["The individual extension was revoked."], () => RedirectToAction(nameof(Index)));
    }
}
