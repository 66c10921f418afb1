using FluentValidation;
using ICP.Infrastructure.Files;
using ICP.Web.Configuration;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Authorities;
using ICP.Web.Features.Evaluation;
using ICP.Web.Features.Selection;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>Every application of the call, for programme managers: the list, exports, the file of one application.</summary>
[Route("admin/applications")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class ApplicationsController(StaffApplicationQueries queries, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ApplicationFilter filter, CancellationToken cancellationToken) =>
        View(await queries.ListAsync(filter, cancellationToken));

    [HttpGet("export.csv")]
    public async Task<IActionResult> ExportCsv([FromQuery] ApplicationFilter filter, [FromServices] PortalRateLimits limits, CancellationToken cancellationToken)
    {
        await limits.EnsureAsync(HttpContext, RateLimitSetup.ExportPolicy, cancellationToken);
        return File(Exports.Csv(await TableAsync(filter, cancellationToken)), "text/csv; charset=utf-8", "applications.csv");
    }

    [HttpGet("export.xlsx")]
    public async Task<IActionResult> ExportXlsx([FromQuery] ApplicationFilter filter, [FromServices] PortalRateLimits limits, CancellationToken cancellationToken)
    {
        await limits.EnsureAsync(HttpContext, RateLimitSetup.ExportPolicy, cancellationToken);
        return File(Exports.Xlsx(await TableAsync(filter, cancellationToken), t["Applications"]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "applications.xlsx");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Detail(int id, CancellationToken cancellationToken) =>
        await queries.DetailAsync(id, cancellationToken) is { } detail ? View(detail) : NotFound();

    [HttpGet("{id:int}/documents/{documentId:int}")]
    public async Task<IActionResult> Document(int id, int documentId, [FromServices] IFileStore files, CancellationToken cancellationToken) =>
        await queries.DocumentFileAsync(id, documentId, cancellationToken) is { } file ? Attachment(files, file.StorageKey, file.FileName) : NotFound();

    [HttpPost("{id:int}/assignments")]
    public async Task<IActionResult> Assign(int id, string evaluatorId, [FromServices] EvaluationWorkflow evaluation, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => evaluation.AssignAsync(id, evaluatorId, who, cancellationToken), t["The evaluator was assigned."], () => RedirectToAction(nameof(Detail), new { id }));
    }

    [HttpPost("{id:int}/consensus")]
    public async Task<IActionResult> Consensus(
        int id, ConsensusForm form, [FromServices] IValidator<ConsensusForm> validator, [FromServices] EvaluationWorkflow evaluation, CancellationToken cancellationToken)
    {
        if (await RefusedAsync(validator, form, cancellationToken))
        {
            return RedirectToAction(nameof(Detail), new { id });
        }

        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => evaluation.RecordConsensusAsync(id, form.Comment, who, cancellationToken),
            t["The consensus comment was saved."], () => RedirectToAction(nameof(Detail), new { id }));
    }

    [HttpPost("{id:int}/decline")]
    public async Task<IActionResult> Decline(
        int id, DeclineForm form, [FromServices] IValidator<DeclineForm> validator, [FromServices] SelectionWorkflow selection, CancellationToken cancellationToken)
    {
        if (await RefusedAsync(validator, form, cancellationToken))
        {
            return RedirectToAction(nameof(Detail), new { id });
        }

        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => selection.RecordDeclineAsync(id, form.Reason, who, cancellationToken),
            t["The withdrawal was recorded; the selection board proposes a city from the reserve list."], () => RedirectToAction(nameof(Detail), new { id }));
    }

    [HttpPost("{id:int}/override")]
    public async Task<IActionResult> Override(
        int id, OverrideForm form, [FromServices] IValidator<OverrideForm> validator, [FromServices] SelectionWorkflow selection, CancellationToken cancellationToken)
    {
        if (await RefusedAsync(validator, form, cancellationToken))
        {
            return RedirectToAction(nameof(Detail), new { id });
        }

        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => selection.OverrideStatusAsync(id, form.Status!.Value, form.Reason, who, cancellationToken),
            t["The status was changed and the override recorded."], () => RedirectToAction(nameof(Detail), new { id }));
    }

    /// <summary>Gives the submitter role to another member of the city's team, at the team's request.</summary>
    [HttpPost("{id:int}/submitter")]
    public async Task<IActionResult> Submitter(
        int id, SubmitterChangeForm form, [FromServices] IValidator<SubmitterChangeForm> validator, [FromServices] AuthorityWorkflow authorities, CancellationToken cancellationToken)
    {
        if (await queries.TeamOfApplicationAsync(id, cancellationToken) is not (var authorityId, var team))
        {
            return NotFound();
        }

        if (await RefusedAsync(validator, form, cancellationToken))
        {
            return RedirectToAction(nameof(Detail), new { id });
        }

        if (team.FirstOrDefault(m => m.UserId == form.UserId) is not { } member)
        {
            TempData["Problem"] = t["Choose a member of the team."].Value;
            return RedirectToAction(nameof(Detail), new { id });
        }

        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => authorities.ReassignSubmitterAsync(authorityId, member.UserId, form.Reason, who.UserId, who.Name, cancellationToken),
            t["{0} is now the designated submitter; the team was told by e-mail.", member.Name], () => RedirectToAction(nameof(Detail), new { id }));
    }

    private async Task<ExportTable> TableAsync(ApplicationFilter filter, CancellationToken cancellationToken)
    {
        var rows = await queries.ExportAsync(filter, cancellationToken);
        return new ExportTable(
            [t["Reference"], t["Local authority"], t["Country"], t["Quota group"], t["Status"], t["Versions"], t["Last submitted (UTC)"],
             t["First theme"], t["Second theme"], t["Score"], t["Spread"], t["Evaluations"], t["Passes"]],
            [.. rows.Select(r => (IReadOnlyList<object?>)[
                r.Reference, r.Authority, r.Country, r.QuotaGroup, t[Labels.Status(r.Status)].Value, r.Versions, r.LastSubmittedAt,
                r.PrimaryTheme, r.SecondaryTheme, r.Score, r.Spread, r.Evaluations, r.Passes ? t["Yes"].Value : t["No"].Value])]);
    }
}
