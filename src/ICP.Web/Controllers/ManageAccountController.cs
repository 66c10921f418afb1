using FluentValidation;
using ICP.Infrastructure.Identity;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace ICP.Web.Controllers;

/// <summary>A signed-in person's own account: password and two-factor sign-in.</summary>
[Authorize]
[Route("account")]
[EnableRateLimiting(RateLimitSetup.AccountPolicy)]
public sealed class ManageAccountController(
    UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AccountWorkflow accounts, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await CurrentUserAsync();
        return View(new AccountOverview(user.DisplayName, user.Email!, await users.GetTwoFactorEnabledAsync(user),
            await users.CountRecoveryCodesAsync(user)));
    }

    [HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("password")]
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
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(form.CurrentPassword) : nameof(form.NewPassword), error.Description);
            }

            return View(form);
        }

        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = t["Your password was changed."].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("two-factor")]
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
    public async Task<IActionResult> TwoFactor(CodeForm form, [FromServices] IValidator<CodeForm> validator, CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
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
    public async Task<IActionResult> DisableTwoFactor()
    {
        var user = await CurrentUserAsync();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Notice"] = t["Two-step sign-in is now off."].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("two-factor/recovery-codes")]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        var user = await CurrentUserAsync();
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToAction(nameof(Index));
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        return View("RecoveryCodes", codes?.ToList() ?? []);
    }

    private async Task<TwoFactorSetupPage> SetupPageAsync(PortalUser user, CodeForm form)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
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
}

public sealed record AccountOverview(string DisplayName, string Email, bool TwoFactorEnabled, int RecoveryCodesLeft);

public sealed record TwoFactorSetupPage(CodeForm Form, string SharedKey, string QrCodeImage);
