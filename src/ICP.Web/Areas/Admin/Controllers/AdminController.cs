using ICP.Domain.Common;
using ICP.Infrastructure.Files;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Staff;
using ICP.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>
/// The base of every staff page (/admin): a staff role and a sign-in that passed two-step
/// sign-in. Unknown ids answer 404; a broken rule comes back as a message on the page.
/// </summary>
[Area("Admin")]
[Authorize(Policy = Policies.Staff)]
[AdminExceptions]
public abstract class AdminController : Controller
{
    protected Task<StaffContext> WhoAsync(CancellationToken cancellationToken) =>
        StaffContext.LoadAsync(
            HttpContext.RequestServices.GetRequiredService<IcpDbContext>(),
            HttpContext.RequestServices.GetRequiredService<UserManager<PortalUser>>(),
            User,
            cancellationToken);

    /// <summary>Runs a change; a broken rule becomes a message shown after the redirect.</summary>
    protected async Task<IActionResult> ChangeAsync(Func<Task> change, string notice, Func<IActionResult> then)
    {
        var localizer = HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        try
        {
            await change();
            TempData["Notice"] = notice;
        }
        catch (DomainException problem)
        {
            TempData["Problem"] = DomainMessages.For(problem, localizer);
        }

        return then();
    }

    protected FileStreamResult Attachment(IFileStore files, string storageKey, string fileName) =>
        File(files.OpenRead(storageKey), "application/pdf", fileName);
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class AdminExceptionsAttribute : Attribute, IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        // A file the person may not see (unknown, not assigned, or conflicted) is simply not there.
        if (context.Exception is ApplicationNotFoundException or ConflictOfInterestException or NotFoundException)
        {
            context.Result = new NotFoundResult();
            context.ExceptionHandled = true;
        }
    }
}
