using ICP.Domain.Common;
using ICP.Domain.Messaging;
using ICP.Infrastructure.Email;
using ICP.Web.Configuration;
using ICP.Web.Features.Staff;
using ICP.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using FluentValidation;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>The e-mails the portal sent or is sending, with their delivery state.</summary>
[Route("admin/messages")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class MessagesController(OversightQueries queries, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(DeliveryState? state, string? reference, CancellationToken cancellationToken) =>
        View(new MessagesPage(await queries.MessagesAsync(state, reference, cancellationToken), state, reference));

    [HttpPost("{id:long}/retry")]
    public async Task<IActionResult> Retry(long id, [FromServices] MessageWorkflow workflow, [FromServices] PortalRateLimits limits, CancellationToken cancellationToken)
    {
        await limits.EnsureAsync(HttpContext, RateLimitSetup.EmailPolicy, cancellationToken);
        switch (await workflow.RetryAsync(id, await WhoAsync(cancellationToken), cancellationToken))
        {
            case MessageRetry.NotFound:
                return NotFound();
            case MessageRetry.NotRetryable:
                TempData["Problem"] = t["This message cannot be sent again: it is not a failed message, or its content was removed after its links expired."].Value;
                break;
            default:
                TempData["Notice"] = t["The message will be sent again."].Value;
                break;
        }

        return RedirectToAction(nameof(Index));
    }
}

public sealed record MessagesPage(IReadOnlyList<MessageRow> Messages, DeliveryState? State, string? Reference);

/// <summary>The call's deadline and the individual extensions.</summary>
[Route("admin/deadline")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class DeadlineController(DeadlineWorkflow workflow, IValidator<DeadlineForm> validator, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await workflow.PageAsync(null, null, cancellationToken));

    [HttpPost("extend")]
    public async Task<IActionResult> Extend([Bind(Prefix = "CallForm")] DeadlineForm form, CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "CallForm"))
        {
            return View(nameof(Index), await workflow.PageAsync(form, null, cancellationToken));
        }

        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.ExtendAsync(form.LastDay!.Value, form.Reason, who, cancellationToken),
            t["The deadline was extended; the public pages announce it."], () => RedirectToAction(nameof(Index)));
    }

    [HttpPost("individual")]
    public async Task<IActionResult> Grant([Bind(Prefix = "IndividualForm")] DeadlineForm form, CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "IndividualForm") || form.AuthorityId is null)
        {
            if (form.AuthorityId is null)
            {
                ModelState.AddModelError("IndividualForm.AuthorityId", t["Choose the local authority."]);
            }

            return View(nameof(Index), await workflow.PageAsync(null, form, cancellationToken));
        }

        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.GrantAsync(form.AuthorityId.Value, form.LastDay!.Value, form.Reason, who, cancellationToken),
            t["The individual extension was granted."], () => RedirectToAction(nameof(Index)));
    }

    [HttpPost("individual/{authorityId:int}/revoke")]
    public async Task<IActionResult> Revoke(int authorityId, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.RevokeAsync(authorityId, who, cancellationToken), t["The individual extension was revoked."], () => RedirectToAction(nameof(Index)));
    }
}

/// <summary>The audit log: every decision, release, deadline move, evaluation and status change.</summary>
[Route("admin/audit")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class AuditController(OversightQueries queries, IStringLocalizer<SharedResource> t) : AdminController
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

/// <summary>Staff accounts and invitations.</summary>
[Route("admin/staff")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class StaffController(StaffWorkflow workflow, IValidator<StaffInvitationForm> validator, PortalRateLimits limits, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new StaffPage(await workflow.ListAsync(cancellationToken), new StaffInvitationForm()));

    [HttpPost("")]
    public async Task<IActionResult> Invite([Bind(Prefix = "Form")] StaffInvitationForm form, CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "Form"))
        {
            return View(nameof(Index), new StaffPage(await workflow.ListAsync(cancellationToken), form));
        }

        try
        {
            await limits.EnsureAsync(HttpContext, RateLimitSetup.EmailPolicy, cancellationToken);
            await workflow.InviteAsync(form, await WhoAsync(cancellationToken));
        }
        catch (RateLimitExceededException refused)
        {
            ModelState.AddModelError("Form.Email", t["No invitation was sent: too many e-mails were sent from this account or network in a short time. Try again in {0} seconds.", DatabaseBusyAnswer.RetryAfterSeconds(refused)]);
            DatabaseBusyAnswer.ApplyRateLimited(HttpContext, refused);
            return View(nameof(Index), new StaffPage(await workflow.ListAsync(cancellationToken), form));
        }
        catch (StaffRoleRefusedException refused)
        {
            ModelState.AddRefusal(refused, t, "Form.Email");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), new StaffPage(await workflow.ListAsync(cancellationToken), form));
        }

        TempData["Notice"] = t["The invitation was sent to {0}.", form.Email.Trim()].Value;
        return RedirectToAction(nameof(Index));
    }
}

public sealed record StaffPage(IReadOnlyList<StaffMember> Staff, StaffInvitationForm Form);
