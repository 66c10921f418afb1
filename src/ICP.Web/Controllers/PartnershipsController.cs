using ICP.Infrastructure.Files;
using ICP.Web.Configuration;
using ICP.Web.Features.Cooperation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ICP.Web.Controllers;

/// <summary>The public partnerships: clusters and pairs by partner country or territory and by theme, once staff publish them, and the outputs staff published.</summary>
public sealed class PartnershipsController(CooperationQueries queries, OutputQueries outputs) : Controller
{
    [HttpGet("/partnerships")]
    [OutputCache(PolicyName = OutputCacheSetup.PublicPagePolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new PartnershipsPageModel(await queries.PublicPageAsync(cancellationToken), await outputs.PublishedAsync(cancellationToken)));

    /// <summary>A published output's file; an output not published (or unknown) answers 404.</summary>
    [HttpGet("/partnerships/outputs/{id:int}")]
    public async Task<IActionResult> Output([FromRoute] int id, [FromServices] IFileStore files, CancellationToken cancellationToken)
    {
        try
        {
            var file = await outputs.PublishedFileAsync(id, cancellationToken);

            // Always an attachment, never rendered in the portal's origin.
            return File(files.OpenRead(file.StorageKey), "application/pdf", file.FileName);
        }
        catch (ICP.Domain.Common.NotFoundException)
        {
            return NotFound();
        }
    }
}
