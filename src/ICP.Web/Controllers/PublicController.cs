using ICP.Web.Configuration;
using ICP.Web.Features.Programme;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ICP.Web.Controllers;

/// <summary>
/// The public programme pages. Their URLs are linked from news articles: keep them stable. They are
/// what the public rushes to, so anonymous visitors get a cached copy (until the clock or staff change it).
/// </summary>
[OutputCache(PolicyName = OutputCacheSetup.PublicPagePolicy)]
public sealed class PublicController(ProgrammeQueries queries) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Home(CancellationToken cancellationToken) =>
        ViewOrNotFound(await queries.GetHomeAsync(cancellationToken));

    [HttpGet("/programme")]
    public async Task<IActionResult> Programme(CancellationToken cancellationToken) =>
        ViewOrNotFound(await queries.GetProgrammeAsync(cancellationToken));

    [HttpGet("/themes")]
    public async Task<IActionResult> Themes(CancellationToken cancellationToken) =>
        ViewOrNotFound(await queries.GetThemesAsync(cancellationToken));

    [HttpGet("/countries")]
    public async Task<IActionResult> Countries(CancellationToken cancellationToken) =>
        ViewOrNotFound(await queries.GetCountriesAsync(cancellationToken));

    [HttpGet("/timeline")]
    public async Task<IActionResult> Timeline(CancellationToken cancellationToken) =>
        ViewOrNotFound(await queries.GetTimelineAsync(cancellationToken));

    [HttpGet("/apply")]
    public async Task<IActionResult> Apply(CancellationToken cancellationToken) =>
        ViewOrNotFound(await queries.GetApplyAsync(cancellationToken));

    private IActionResult ViewOrNotFound(PublicPage? model)
    {
        if (model is null)
        {
            return NotFound();
        }

        PublicPageCache.KeepUntil(HttpContext, model.ChangesAt);
        return View(model);
    }
}
