using FluentValidation;
using ICP.Infrastructure.Identity;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ICP.Web.Controllers;

/// <summary>Sign-in, registration, e-mail confirmation and password recovery, under /account.</summary>
[Route("account")]
[EnableRateLimiting(RateLimitSetup.AccountPolicy)]
public sealed class AccountController(
    AccountWorkflow accounts, SignInWorkflow passwords, SignInManager<PortalUser> signIn, UserManager<PortalUser> users,
    IOptions<IdentityOptions> identity, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterForm());

    [HttpPost("register")]
    public async Task<IActionResult> Register(RegisterForm form, [FromServices] IValidator<RegisterForm> validator, CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken))
        {
            return View(form);
        }

        var result = await accounts.RegisterAsync(form);
        if (!result.Succeeded)
        {
            AddErrors(result, nameof(RegisterForm.Password));
            return View(form);
        }

        return RedirectToAction(nameof(CheckEmail));
    }

    [HttpGet("register/check-email")]
    public IActionResult CheckEmail() => View();

    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? code) =>
        View(userId is not null && code is not null && await accounts.ConfirmEmailAsync(userId, code));

    [HttpGet("resend-confirmation")]
    public IActionResult ResendConfirmation() => View(new EmailForm());

    [HttpPost("resend-confirmation")]
    public async Task<IActionResult> ResendConfirmation(EmailForm form, [FromServices] IValidator<EmailForm> validator, CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken))
        {
            return View(form);
        }

        await accounts.ResendConfirmationAsync(form.Email);
        return RedirectToAction(nameof(CheckEmail));
    }

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginPage(new LoginForm(), SafeReturnUrl(returnUrl)));

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginForm form, string? returnUrl, [FromServices] IValidator<LoginForm> validator, CancellationToken cancellationToken)
    {
        var page = new LoginPage(form, SafeReturnUrl(returnUrl));
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "Form"))
        {
            return View(page);
        }

        var result = await passwords.PasswordSignInAsync(form.Email, form.Password, HttpContext.Connection.RemoteIpAddress, cancellationToken);
        if (result.Succeeded)
        {
            await RememberLanguageAsync(form.Email);
            return await LandAsync(form.Email, returnUrl, page.ReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(LoginTwoFactor), new { returnUrl = page.ReturnUrl });
        }

        // One answer for a wrong password, an unknown address, an unconfirmed one and a locked
        // account (a locked account is refused even the right password). Only the second step of
        // sign-in, reached with the right password, says that the account is locked.
        var lockout = identity.Value.Lockout;
        ModelState.AddModelError(string.Empty, t[
            "The e-mail address or the password is not correct, or the address is not confirmed yet. After {0} failed attempts, the account is locked for {1} minutes.",
            lockout.MaxFailedAccessAttempts, (int)lockout.DefaultLockoutTimeSpan.TotalMinutes]);
        return View(page);
    }

    [HttpGet("login/two-factor")]
    public async Task<IActionResult> LoginTwoFactor(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login))
            : View(new TwoFactorLoginPage(new CodeForm(), SafeReturnUrl(returnUrl)));

    [HttpPost("login/two-factor")]
    public async Task<IActionResult> LoginTwoFactor(CodeForm form, string? returnUrl, [FromServices] IValidator<CodeForm> validator, CancellationToken cancellationToken)
    {
        var page = new TwoFactorLoginPage(form, SafeReturnUrl(returnUrl));
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToAction(nameof(Login));
        }

        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "Form"))
        {
            return View(page);
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(form.Code.Replace(" ", string.Empty, StringComparison.Ordinal), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await RememberLanguageAsync(user.Email!);
            return await LandAsync(user.Email!, returnUrl, page.ReturnUrl);
        }

        if (result.IsLockedOut)
        {
            return RedirectToAction(nameof(Lockout));
        }

        ModelState.AddModelError("Form.Code", t["This code is not valid. Codes change every 30 seconds and can be used once."]);
        return View(page);
    }

    [HttpGet("login/recovery-code")]
    public async Task<IActionResult> LoginRecoveryCode(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login))
            : View(new TwoFactorLoginPage(new CodeForm(), SafeReturnUrl(returnUrl)));

    [HttpPost("login/recovery-code")]
    public async Task<IActionResult> LoginRecoveryCode(CodeForm form, string? returnUrl, [FromServices] IValidator<CodeForm> validator, CancellationToken cancellationToken)
    {
        var page = new TwoFactorLoginPage(form, SafeReturnUrl(returnUrl));
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToAction(nameof(Login));
        }

        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, "Form"))
        {
            return View(page);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(form.Code.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            return await LandAsync(user.Email!, returnUrl, page.ReturnUrl);
        }

        if (result.IsLockedOut)
        {
            return RedirectToAction(nameof(Lockout));
        }

        ModelState.AddModelError("Form.Code", t["This recovery code is not valid or was already used."]);
        return View(page);
    }

    [HttpGet("lockout")]
    public IActionResult Lockout() => View();

    /// <summary>Signs out everywhere: every session of the account ends, a copied cookie included.</summary>
    [HttpPost("logout")]
    public async Task<IActionResult> Logout([FromServices] SessionWorkflow sessions)
    {
        await sessions.SignOutEverywhereAsync(User);
        return LocalRedirect("/");
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new EmailForm());

    [HttpPost("forgot-password")]
    public async Task<IActionResult> ForgotPassword(EmailForm form, [FromServices] IValidator<EmailForm> validator, CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken))
        {
            return View(form);
        }

        await accounts.SendPasswordResetAsync(form.Email);
        return RedirectToAction(nameof(ForgotPasswordSent));
    }

    [HttpGet("forgot-password/sent")]
    public IActionResult ForgotPasswordSent() => View();

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? email, string? code) =>
        View(new ResetPasswordForm { Email = email ?? string.Empty, Code = code ?? string.Empty });

    [HttpPost("reset-password")]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form, [FromServices] IValidator<ResetPasswordForm> validator, CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken))
        {
            return View(form);
        }

        var result = await accounts.ResetPasswordAsync(form);
        if (!result.Succeeded)
        {
            AddErrors(result, nameof(ResetPasswordForm.Password));
            return View(form);
        }

        return RedirectToAction(nameof(ResetPasswordDone));
    }

    [HttpGet("reset-password/done")]
    public IActionResult ResetPasswordDone() => View();

    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    /// <summary>
    /// At sign-in, a language chosen on this browser becomes the account's (its e-mails follow it);
    /// otherwise (the language was only guessed from Accept-Language) the account's own choice wins
    /// and this browser remembers it.
    /// </summary>
    private async Task RememberLanguageAsync(string email)
    {
        if (await users.FindByEmailAsync(email.Trim()) is not { } user)
        {
            return;
        }

        if (HttpContext.LanguageWasChosen())
        {
            var culture = LocalisationSetup.For(System.Globalization.CultureInfo.CurrentUICulture.Name).Code;
            if (user.PreferredCulture != culture)
            {
                user.PreferredCulture = culture;
                await users.UpdateAsync(user);
            }
        }
        else
        {
            Response.AppendCultureCookie(LocalisationSetup.For(user.PreferredCulture).Code);
        }
    }

    private void AddErrors(IdentityResult result, string field)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? field : string.Empty, error.Description);
        }
    }

    /// <summary>After sign-in: where the person asked to go, else staff to the staff area and cities to theirs.</summary>
    private async Task<IActionResult> LandAsync(string email, string? requested, string safe)
    {
        if ((string.IsNullOrEmpty(requested) || requested == "/applicant") && await users.FindByEmailAsync(email.Trim()) is { } user)
        {
            var roles = await users.GetRolesAsync(user);
            if (roles.Any(r => StaffRoles.All.Contains(r)))
            {
                return LocalRedirect("/admin");
            }
        }

        return LocalRedirect(safe);
    }

    private string SafeReturnUrl(string? returnUrl) => ReturnUrls.Safe(Url, returnUrl, "/applicant");
}
