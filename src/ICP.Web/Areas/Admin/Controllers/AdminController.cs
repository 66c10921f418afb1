using FluentValidation;
using ICP.Domain.Common;
using ICP.Infrastructure.Files;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>
/// The base of every staff page (/admin): a staff role and a sign-in that passed two-step
/// sign-in. Unknown ids (and files an evaluator may not see) answer 404 (<see cref="RefusalFilter"/>);
/// a broken rule comes back as a message on the page.
/// </summary>
[Area("Admin")]
[Authorize(Policy = Policies.Staff)]
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

    /// <summary>
    /// Validates a staff form posted from a page that answers with a redirect: when it is refused,
    /// nothing changes and its first message is shown after the redirect (a rule of the form first,
    /// else what could not be read).
    /// </summary>
    protected async Task<bool> RefusedAsync<TForm>(IValidator<TForm> validator, TForm form, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(form, cancellationToken);
        if (result.IsValid && ModelState.IsValid)
        {
            return false;
        }

        TempData["Problem"] = result.Errors.FirstOrDefault()?.ErrorMessage ?? ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage;
        return true;
    }

    protected FileStreamResult Attachment(IFileStore files, string storageKey, string fileName) =>
        File(files.OpenRead(storageKey), "application/pdf", fileName);
}
