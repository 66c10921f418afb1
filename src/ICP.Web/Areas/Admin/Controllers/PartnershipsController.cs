using ICP.Domain.Cooperation;
using ICP.Web.Configuration;
using ICP.Web.Features.Cooperation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>The partnerships of the cooperation phase: generate the proposal, adjust, confirm, publish.</summary>
[Route("admin/partnerships")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class PartnershipsController(CooperationQueries queries, CooperationWorkflow workflow, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.StaffPageAsync(cancellationToken));

    [HttpPost("propose")]
    public async Task<IActionResult> Propose(int? maxPartners, Guid token, CancellationToken cancellationToken)
    {
        if (maxPartners is not { } limit)
        {
            TempData["Problem"] = t["Enter the most partners a city may have, from {0} to {1}.", PartnerMatching.MinPartnersLimit, PartnerMatching.MaxPartnersLimit].Value;
            return Back();
        }

        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.GenerateAsync(limit, token, who, cancellationToken),
            t["The proposal was generated. Check it, adjust it if needed, then confirm it."], Back);
    }

    [HttpPost("pairs")]
    public async Task<IActionResult> AddPair(int euApplicationId, int partnerApplicationId, Guid token, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.AddPairAsync(euApplicationId, partnerApplicationId, token, who, cancellationToken),
            t["The pair was added."], Back);
    }

    [HttpPost("pairs/{id:int}/remove")]
    public async Task<IActionResult> RemovePair([FromRoute] int id, string? reason, Guid token, CancellationToken cancellationToken)
    {
        var why = (reason ?? string.Empty).Trim();
        if (why.Length == 0 || why.Length > CooperationPlan.ReasonLength)
        {
            TempData["Problem"] = t["Give a reason of at most {0} characters.", CooperationPlan.ReasonLength].Value;
            return Back();
        }

        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.RemovePairAsync(id, why, token, who, cancellationToken), t["The pair was taken apart."], Back);
    }

    [HttpPost("confirm")]
    public async Task<IActionResult> Confirm(Guid token, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.ConfirmAsync(token, who, cancellationToken), t["The partnerships were confirmed. Publish them to show them on the public site."], Back);
    }

    [HttpPost("publish")]
    public async Task<IActionResult> Publish(Guid token, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.PublishAsync(token, who, cancellationToken), t["The partnerships are published on the public site."], Back);
    }

    private RedirectResult Back() => Redirect("/admin/partnerships");
}
