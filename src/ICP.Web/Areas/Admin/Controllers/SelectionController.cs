using FluentValidation;
using ICP.Web.Configuration;
using ICP.Web.Features.Selection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>The selection boards: staging decisions within the seats and caps, previewing and releasing them.</summary>
[Route("admin/selection")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class SelectionController(SelectionQueries queries, SelectionWorkflow workflow, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.OverviewAsync(cancellationToken));

    [HttpGet("{group}")]
    public async Task<IActionResult> Board(string group, int page = 1, CancellationToken cancellationToken = default) =>
        await queries.BoardAsync(group.ToUpperInvariant(), page, cancellationToken) is { } board ? View(board) : NotFound();

    [HttpPost("{group}/decisions")]
    public async Task<IActionResult> Stage(string group, StageDecisionForm form, [FromServices] IValidator<StageDecisionForm> validator, CancellationToken cancellationToken)
    {
        if (await RefusedAsync(validator, form, cancellationToken))
        {
            return BoardRedirect(group, form.Page);
        }

        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.StageAsync(form.ApplicationId, form.Outcome!.Value, form.Note, who, cancellationToken),
            t["The decision was staged. Nothing is sent until the group's decisions are released."], () => BoardRedirect(group, form.Page));
    }

    [HttpGet("{group}/preview")]
    public async Task<IActionResult> Preview(string group, CancellationToken cancellationToken) =>
        await queries.BoardAsync(group.ToUpperInvariant(), page: null, cancellationToken) is { } board
            ? View(new ReleasePreviewPage(board, await workflow.PreviewAsync(group.ToUpperInvariant(), cancellationToken)))
            : NotFound();

    [HttpPost("{group}/release")]
    public async Task<IActionResult> Release(string group, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.ReleaseAsync(group.ToUpperInvariant(), who, cancellationToken),
            t["The decisions were released; the cities are being told by e-mail."], () => BoardRedirect(group));
    }

    [HttpPost("{group}/promote")]
    public async Task<IActionResult> Promote(string group, int applicationId, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.PromoteAsync(applicationId, who, cancellationToken),
            t["The city was moved from the reserve list to the free seat. Release the decision to tell it."], () => BoardRedirect(group));
    }

    /// <summary>Back to the board, under its code as the programme writes it (routes are lower-cased).</summary>
    private RedirectResult BoardRedirect(string group, int page = 1) =>
        Redirect($"/admin/selection/{Uri.EscapeDataString(group.ToUpperInvariant())}" + (page > 1 ? $"?page={page}" : string.Empty));
}
