using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ICP.Web.Areas.Applicant.Controllers;

/// <summary>
/// The base of every page in the applicant area (/applicant): signed-in officers only. An
/// application that is not theirs answers 404 and a change after the deadline the page that states
/// the deadline (<see cref="RefusalFilter"/>, for the whole portal).
/// </summary>
[Area("Applicant")]
[Authorize(Policy = Policies.Applicant)]
public abstract class ApplicantController : Controller
{
    protected DateTimeOffset ArrivedAt => HttpContext.ArrivedAt();

    protected Task<ApplicantContext> WhoAsync(CancellationToken cancellationToken) =>
        ApplicantContext.LoadAsync(
            HttpContext.RequestServices.GetRequiredService<IcpDbContext>(),
            HttpContext.RequestServices.GetRequiredService<UserManager<PortalUser>>(),
            User,
            cancellationToken);

    protected void AddErrors(IEnumerable<(string Field, string Message)> errors)
    {
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
    }
}
