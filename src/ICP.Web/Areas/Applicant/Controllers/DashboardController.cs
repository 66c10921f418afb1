using FluentValidation;
using ICP.Domain.Common;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Authorities;
using ICP.Web.Features.Cooperation;
using ICP.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Applicant.Controllers;

/// <summary>The applicant's home: the application's state, versions, deadline and next steps.</summary>
[Route("applicant")]
public sealed class DashboardController(ApplicantQueries queries, IStringLocalizer<SharedResource> t) : ApplicantController
{
    /// <summary>The application's dashboard, or, once the city is selected for the cooperation phase, its workspace.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] WorkspaceQueries workspace, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        if (await workspace.WorkspaceAsync(who, null, null, cancellationToken) is { } participating)
        {
            return View(WorkspaceController.WorkspaceView, participating);
        }

        return View(await queries.DashboardAsync(who, cancellationToken));
    }

    [HttpPost("authority")]
    public async Task<IActionResult> CreateAuthority(
        [Bind(Prefix = "NewAuthority")] NewAuthorityForm form, [FromServices] IValidator<NewAuthorityForm> validator,
        [FromServices] AuthorityWorkflow authorities, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        const string Prefix = "NewAuthority";
        if (await validator.ValidateIntoAsync(form, ModelState, cancellationToken, Prefix))
        {
            try
            {
                await authorities.CreateAsync(form, who, cancellationToken);
                return RedirectToAction(nameof(Index));
            }
            catch (DuplicateLocalAuthorityException)
            {
                ModelState.AddModelError($"{Prefix}.{nameof(form.OfficialName)}", t["A local authority with this name is already registered in this country. Ask its team to invite you."]);
            }
            catch (TerritoryNotEligibleException)
            {
                ModelState.AddModelError($"{Prefix}.{nameof(form.CountryCode)}", t["Local authorities from this country or territory cannot apply to this call."]);
            }
            catch (AlreadyInTeamException)
            {
                return RedirectToAction(nameof(Index));
            }
        }

        var page = await queries.DashboardAsync(who, cancellationToken);
        return View(nameof(Index), page with { NewAuthority = form });
    }

    [HttpPost("applications")]
    public async Task<IActionResult> Start([FromServices] ApplicationWorkflow applications, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        if (who.AuthorityId is null)
        {
            return RedirectToAction(nameof(Index));
        }

        var id = await applications.StartAsync(who, ArrivedAt, cancellationToken);
        return RedirectToAction(nameof(ApplicationController.Step), "Application", new { id, slug = Steps.All[0].Slug });
    }
}
