using ICP.Domain.Common;
using ICP.Web.Configuration;
using ICP.Web.Features.PersonalData;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>How long non-selected applications keep personal data, and their anonymisation once it is over (ADR 10).</summary>
[Route("admin/retention")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class RetentionController(RetentionWorkflow retention, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await retention.PageAsync(cancellationToken));

    [HttpPost("period")]
    public async Task<IActionResult> Period(int? months, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        try
        {
            await retention.SetRetentionAsync(months ?? 0, who.UserId, who.Name, cancellationToken);
        }
        catch (RetentionPeriodRefusedException refused)
        {
            ModelState.AddRefusal(refused, t, "months");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), await retention.PageAsync(cancellationToken));
        }

        TempData["Notice"] = t["The retention period is now {0} months.", months!.Value].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("anonymise")]
    public async Task<IActionResult> Anonymise(bool confirm, CancellationToken cancellationToken)
    {
        if (!confirm)
        {
            ModelState.AddModelError("confirm", t["Tick the box to confirm: anonymisation cannot be undone."]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), await retention.PageAsync(cancellationToken));
        }

        var who = await WhoAsync(cancellationToken);
        var count = await retention.AnonymiseDueAsync(who.UserId, who.Name, cancellationToken);
        TempData["Notice"] = t["{0} applications were anonymised.", count].Value;
        return RedirectToAction(nameof(Index));
    }
}
