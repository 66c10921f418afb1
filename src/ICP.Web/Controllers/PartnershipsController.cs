using ICP.Web.Configuration;
using ICP.Web.Features.Cooperation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ICP.Web.Controllers;

/// <summary>The public partnerships: clusters and pairs by partner country or territory and by theme, once staff publish them.</summary>
public sealed class PartnershipsController(CooperationQueries queries) : Controller
{
    [HttpGet("/partnerships")]
    [OutputCache(PolicyName = OutputCacheSetup.PublicPagePolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new PartnershipsPageModel(await queries.PublicPageAsync(cancellationToken)));
}
