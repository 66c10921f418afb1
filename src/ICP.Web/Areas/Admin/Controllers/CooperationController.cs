using ICP.Web.Configuration;
using ICP.Web.Features.Cooperation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>The cooperation phase's dashboard: registrations per session, delegates per study visit, outputs received.</summary>
[Route("admin/cooperation")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class CooperationController(CooperationDashboardQueries queries) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.DashboardAsync(cancellationToken));
}
