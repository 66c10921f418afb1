using ICP.Web.Configuration;
using ICP.Web.Features.Audit;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>The audit log: every decision, release, deadline move, evaluation and status change.</summary>
[Route("admin/audit")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class AuditController(AuditQueries queries, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter, CancellationToken cancellationToken) =>
        View(await queries.AuditAsync(filter, all: false, cancellationToken));

    [HttpGet("export.csv")]
    public async Task<IActionResult> Export([FromQuery] AuditFilter filter, [FromServices] PortalRateLimits limits, CancellationToken cancellationToken)
    {
        await limits.EnsureAsync(HttpContext, RateLimitSetup.ExportPolicy, cancellationToken);
        var page = await queries.AuditAsync(filter, all: true, cancellationToken);
        var table = new ExportTable(
            [t["When (UTC)"], t["Who"], t["Action"], t["Action code"], t["Subject"], t["Details"], t["Reason"]],
            [.. page.Rows.Select(r => (IReadOnlyList<object?>)[r.At, r.Actor, t[Labels.AuditAction(r.Action)].Value, r.Action, r.Subject, r.Details, r.Reason])]);
        return File(Exports.Csv(table), "text/csv; charset=utf-8", "audit-log.csv");
    }
}
