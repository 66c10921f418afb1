using System.Text.Json;
using ICP.Web.Configuration;
using ICP.Web.Features.Programme;
using ICP.Web.Features.Selection;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ICP.Web.Controllers;

/// <summary>The selected cities, public once their group's decisions are released, with an open-data download.</summary>
public sealed class ResultsController(SelectionQueries queries, ProgrammeQueries programme) : Controller
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [HttpGet("/results")]
    [OutputCache(PolicyName = OutputCacheSetup.PublicPagePolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await queries.ResultsAsync(cancellationToken) is { } cities ? View(cities) : NotFound();

    [HttpGet("/results.csv")]
    public async Task<IActionResult> Csv(CancellationToken cancellationToken)
    {
        if (await queries.ResultsAsync(cancellationToken) is not { } cities)
        {
            return NotFound();
        }

        var table = new ExportTable(
            ["country_code", "country", "local_authority", "quota_group", "released_at"],
            [.. cities.Select(c => (IReadOnlyList<object?>)[c.CountryCode, c.Country, c.City, c.QuotaGroup, c.ReleasedAt])]);
        return File(Exports.Csv(table), "text/csv; charset=utf-8", "icp-selected-cities.csv");
    }

    [HttpGet("/results.json")]
    public async Task<IActionResult> Json(CancellationToken cancellationToken)
    {
        if (await queries.ResultsAsync(cancellationToken) is not { } cities || await programme.FindCallAsync(cancellationToken) is not { } call)
        {
            return NotFound();
        }

        var document = new
        {
            programme = call.Title,
            licence = "CC BY 4.0",
            selected = cities.Select(c => new { countryCode = c.CountryCode, country = c.Country, localAuthority = c.City, quotaGroup = c.QuotaGroup, releasedAt = DisplayFormats.Iso(c.ReleasedAt) }),
        };
        return File(JsonSerializer.SerializeToUtf8Bytes(document, Indented), "application/json", "icp-selected-cities.json");
    }
}
