using FluentValidation;
using ICP.Domain.Common;
using ICP.Web.Configuration;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Authorities;
using ICP.Web.Features.Email;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Applicant.Controllers;

/// <summary>The local authority's team: who is in it, invitations, and who submits.</summary>
[Route("applicant/team")]
public sealed class TeamController(ApplicantQueries queries, AuthorityWorkflow authorities, PortalRateLimits limits, IStringLocalizer<SharedResource> t) : ApplicantController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await queries.TeamAsync(await WhoAsync(cancellationToken), new InvitationForm(), cancellationToken) is { } page
            ? View(page)
            : RedirectToAction(nameof(DashboardController.Index), "Dashboard");

    [HttpPost("invitations")]
    public async Task<IActionResult> Invite([Bind(Prefix = "Form")] InvitationForm form, [FromServices] IValidator<InvitationForm> validator, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        if (who.AuthorityId is null)
        {
            return NotFound();
        }

        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "Form"))
        {
            return View(nameof(Index), await queries.TeamAsync(who, form, cancellationToken));
        }

        try
        {
            await limits.EnsureAsync(HttpContext, RateLimitSetup.EmailPolicy, cancellationToken);
            await authorities.InviteAsync(who, form.Email, cancellationToken);
        }
        catch (RateLimitExceededException refused)
        {
            ModelState.AddModelError("Form.Email", t["No invitation was sent: too many e-mails were sent from this account or network in a short time. Try again in {0} seconds.", DatabaseBusyAnswer.RetryAfterSeconds(refused)]);
            DatabaseBusyAnswer.ApplyRateLimited(HttpContext, refused);
            return View(nameof(Index), await queries.TeamAsync(who, form, cancellationToken));
        }
        catch (Exception refused) when (refused is TooManyInvitationsException or RecipientThrottledException)
        {
            ModelState.AddRefusal(refused, t, "Form.Email");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), await queries.TeamAsync(who, form, cancellationToken));
        }

        TempData["Notice"] = t["The invitation was sent to {0}.", form.Email.Trim()].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("invitations/{invitationId:int}/revoke")]
    public async Task<IActionResult> Revoke(int invitationId, CancellationToken cancellationToken)
    {
        await authorities.RevokeInvitationAsync(await WhoAsync(cancellationToken), invitationId, cancellationToken);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("submitter")]
    public async Task<IActionResult> Submitter(string userId, CancellationToken cancellationToken)
    {
        try
        {
            await authorities.DesignateSubmitterAsync(await WhoAsync(cancellationToken), userId, cancellationToken);
            TempData["Notice"] = t["The designated submitter was changed."].Value;
        }
        catch (InvitationNotValidException)
        {
            return NotFound();
        }
        catch (DomainException problem)
        {
            TempData["Problem"] = DomainMessages.For(problem, t);
        }

        return RedirectToAction(nameof(Index));
    }

    [HttpGet("/applicant/invitations/accept")]
    public async Task<IActionResult> Accept(string? token, CancellationToken cancellationToken) =>
        View(new AcceptInvitationPage(token ?? string.Empty, null,
            await queries.InvitationAsync(token ?? string.Empty, await WhoAsync(cancellationToken), cancellationToken)));

    [HttpPost("/applicant/invitations/accept")]
    public async Task<IActionResult> AcceptPost(string? token, CancellationToken cancellationToken)
    {
        try
        {
            await authorities.AcceptAsync(await WhoAsync(cancellationToken), token ?? string.Empty, cancellationToken);
            TempData["Notice"] = t["You joined the team."].Value;
            return RedirectToAction(nameof(DashboardController.Index), "Dashboard");
        }
        catch (DomainException problem) when (problem is InvitationNotValidException or AlreadyInTeamException)
        {
            return View(nameof(Accept), new AcceptInvitationPage(token ?? string.Empty, DomainMessages.For(problem, t), null));
        }
    }
}
