using FluentValidation;
using ICP.Infrastructure.Identity;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using QRCoder;

namespace ICP.Web.Controllers;

/// <summary>
/// A signed-in person's own account: password, two-step sign-in, recovery codes, sessions. Every
/// change of credentials asks first for a recent proof of identity (<see cref="RequiresRecentSignInAttribute"/>),
/// and ends every other session of the account.
/// </summary>
[Authorize]
[Route("account")]
[EnableRateLimiting(RateLimitSetup.AccountPolicy)]
public sealed class ManageAccountController(
    UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AccountWorkflow accounts, SessionWorkflow sessions,
    IOptions<IdentityOptions> identity, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await CurrentUserAsync();
        return View(new AccountOverview(user.DisplayName, user.Email!, await users.GetTwoFactorEnabledAsync(user),
            await users.CountRecoveryCodesAsync(user)));
    }

    [HttpGet("confirm-identity")]
    public async Task<IActionResult> ConfirmIdentity(string? returnUrl) =>
        View(new ConfirmIdentityPage(new ConfirmIdentityForm(), await users.GetTwoFactorEnabledAsync(await CurrentUserAsync()), SafeReturnUrl(returnUrl)));

    [HttpPost("confirm-identity")]
    public async Task<IActionResult> ConfirmIdentity(
        [Bind(Prefix = "Form")] ConfirmIdentityForm form, string? returnUrl, [FromServices] IValidator<ConfirmIdentityForm> validator, CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        var twoStep = await users.GetTwoFactorEnabledAsync(user);
        var page = new ConfirmIdentityPage(form, twoStep, SafeReturnUrl(returnUrl));
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "Form"))
        {
            return View(page);
        }

        if (twoStep && string.IsNullOrWhiteSpace(form.Code))
        {
            ModelState.AddModelError("Form.Code", t["Enter the code."]);
            return View(page);
        }

        switch (await sessions.ConfirmAsync(user, form.Password, form.Code))
        {
            case IdentityConfirmation.Confirmed:
                return LocalRedirect(page.ReturnUrl);
            case IdentityConfirmation.WrongCode:
                ModelState.AddModelError("Form.Code", t["This code is not valid. Codes change every 30 seconds and can be used once."]);
                break;
            case IdentityConfirmation.LockedOut:
                var lockout = identity.Value.Lockout;
                ModelState.AddModelError(string.Empty, t["After {0} failed attempts, the account is locked for {1} minutes.",
                    lockout.MaxFailedAccessAttempts, (int)lockout.DefaultLockoutTimeSpan.TotalMinutes]);
                break;
            default:
                ModelState.AddModelError("Form.Password", t["The password is not correct."]);
                break;
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(page);
    }

    [HttpGet("password")]
    [RequiresRecentSignIn]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("password")]
    [RequiresRecentSignIn]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, [FromServices] IValidator<ChangePasswordForm> validator, CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken))
        {
            return View(form);
        }

        var user = await CurrentUserAsync();
        var result = await accounts.ChangePasswordAsync(user, form);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(form.NewPassword), error.Description);
            }

            return View(form);
        }

        await sessions.KeepThisSessionAsync(user, User, secondFactor: true);
        TempData["Notice"] = t["Your password was changed. Every other session of your account has ended."].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("two-factor")]
    [RequiresRecentSignIn]
    public async Task<IActionResult> TwoFactor()
    {
        var user = await CurrentUserAsync();
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToAction(nameof(Index));
        }

        return View(await SetupPageAsync(user, new CodeForm()));
    }

    [HttpPost("two-factor")]
    [RequiresRecentSignIn]
    public async Task<IActionResult> TwoFactor(CodeForm form, [FromServices] IValidator<CodeForm> validator, CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            // Another authenticator replaces the current one only after turning the current one off.
            return RedirectToAction(nameof(Index));
        }

        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "Form"))
        {
            return View(await SetupPageAsync(user, form));
        }

        var code = form.Code.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Form.Code", t["This code is not valid. Codes change every 30 seconds and can be used once."]);
            return View(await SetupPageAsync(user, form));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var recoveryCodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);

        // The person just proved the second factor: the new sign-in counts as a two-step one (staff can go on).
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new System.Security.Claims.Claim(Policies.MultiFactorClaim, Policies.MultiFactorValue)]);
        return View("RecoveryCodes", recoveryCodes?.ToList() ?? []);
    }

    [HttpPost("two-factor/disable")]
    [RequiresRecentSignIn(ReturnTo = "/account")]
    public async Task<IActionResult> DisableTwoFactor()
    {
        var user = await CurrentUserAsync();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);

        // This session no longer counts as a two-step one: a staff member loses the staff area now.
        await sessions.KeepThisSessionAsync(user, User, secondFactor: false);
        TempData["Notice"] = t["Two-step sign-in is now off. Every other session of your account has ended."].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("two-factor/recovery-codes")]
    [RequiresRecentSignIn(ReturnTo = "/account")]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        var user = await CurrentUserAsync();
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToAction(nameof(Index));
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        await users.UpdateSecurityStampAsync(user);
        await sessions.KeepThisSessionAsync(user, User, secondFactor: true);
        return View("RecoveryCodes", codes?.ToList() ?? []);
    }

    private async Task<TwoFactorSetupPage> SetupPageAsync(PortalUser user, CodeForm form)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key renews the security stamp: this session goes on with the new one.
            await users.ResetAuthenticatorKeyAsync(user);
            await sessions.KeepThisSessionAsync(user, User, secondFactor: true);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        var issuer = Uri.EscapeDataString("ICP portal");
        var uri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={issuer}&digits=6&period=30";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        var image = "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
        var grouped = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        return new TwoFactorSetupPage(form, grouped, image);
    }

    private async Task<PortalUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without a user.");

    private string SafeReturnUrl(string? returnUrl) => ReturnUrls.Safe(Url, returnUrl, "/account");
}
