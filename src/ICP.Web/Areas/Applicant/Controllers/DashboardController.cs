using FluentValidation;
using ICP.Domain.Common;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Authorities;
using ICP.Web.Features.Cooperation;
using ICP.Web.Features.Email;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Applicant.Controllers;

/// <summary>The applicant's home: the application's state, versions, deadline and next steps.</summary>
[Route("applicant")]
public sealed class DashboardController(ApplicantQueries queries, IStringLocalizer<SharedResource> t) : ApplicantController
{
    /// <summary>The application's dashboard, or, once the city is selected for the cooperation phase, its workspace.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] WorkspaceQueries workspace, [FromServices] EmailComposer links, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        if (await workspace.WorkspaceAsync(who, null, null, cancellationToken) is { } participating)
        {
            // The calendar address just made is shown this once, then forgotten (only its hash is kept).
            var fresh = TempData[WorkspaceController.NewCalendarFeedKey] as string;
            return View(WorkspaceController.WorkspaceView, fresh is null ? participating : participating with
            {
                NewCalendarFeedUrl = links.AbsoluteUrl(CalendarFeedQueries.PathFor(fresh, System.Globalization.CultureInfo.CurrentUICulture.Name)),
            });
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
            catch (DomainException problem) when (problem is DuplicateLocalAuthorityException or TerritoryNotEligibleException)
            {
                var field = problem is TerritoryNotEligibleException ? nameof(form.CountryCode) : nameof(form.OfficialName);
                ModelState.AddRefusal(problem, t, $"{Prefix}.{field}");
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
