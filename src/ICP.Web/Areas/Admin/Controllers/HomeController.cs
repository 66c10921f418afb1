using ICP.Web.Features.Applications;
using Microsoft.AspNetCore.Mvc;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>The staff home: the dashboard for programme managers, the assignments for evaluators.</summary>
[Route("admin")]
public sealed class HomeController(DashboardQueries dashboard) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        if (!who.IsManager)
        {
            return RedirectToAction(nameof(EvaluationsController.Index), "Evaluations");
        }

        return View(await dashboard.DashboardAsync(cancellationToken));
    }
}
