using ICP.Infrastructure.Identity;
using ICP.Web.Configuration;
using ICP.Web.Features.PersonalData;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Controllers;

/// <summary>A signed-in person's own data: download it all, or delete the account (ADR 10).</summary>
[Authorize]
[Route("account/personal-data")]
[EnableRateLimiting(RateLimitSetup.AccountPolicy)]
public sealed class PersonalDataController(
    UserManager<PortalUser> users, SignInManager<PortalUser> signIn, PersonalDataWorkflow personalData, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(new DeleteAccountForm());

    [HttpGet("export.zip")]
    public async Task<IActionResult> Export([FromServices] PortalRateLimits limits, CancellationToken cancellationToken)
    {
        await limits.EnsureAsync(HttpContext, RateLimitSetup.ExportPolicy, cancellationToken);
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        var archive = await personalData.ExportAsync(user, cancellationToken);
        return File(archive, "application/zip", "icp-portal-personal-data.zip");
    }

    [HttpPost("delete")]
    public async Task<IActionResult> Delete(DeleteAccountForm form, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        var refusal = await personalData.DeleteAccountAsync(user, form.Password, form.ConfirmDeletion, cancellationToken);
        if (refusal != AccountDeletionRefusal.None)
        {
            var (field, message) = refusal switch
            {
                AccountDeletionRefusal.NotConfirmed => (nameof(form.ConfirmDeletion), t["Tick the box to confirm that the account is to be deleted."]),
                AccountDeletionRefusal.WrongPassword => (nameof(form.Password), t["The password is not right."]),
                AccountDeletionRefusal.Staff => (string.Empty, t["Staff accounts are closed by a programme manager, so that evaluations and decisions stay attributable."]),
                _ => (string.Empty, t["You are your team's designated submitter: hand the role over to a colleague first (on the team page)."]),
            };
            ModelState.AddModelError(field, message);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), new DeleteAccountForm());
        }

        await signIn.SignOutAsync();
        TempData["Notice"] = t["Your account was deleted. What the programme must keep no longer carries your name."].Value;
        return Redirect("/");
    }
}
