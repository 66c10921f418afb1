using System.Globalization;
using System.Text;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace ICP.Web.Features.Accounts;

/// <summary>
/// Registration, confirmation and password recovery. Every answer that could tell a stranger
/// whether an address is registered is the same either way; the owner of the address learns the
/// rest by e-mail.
/// </summary>
public sealed class AccountWorkflow(
    UserManager<PortalUser> users, IcpDbContext db, EmailComposer email, OutboxSignal outbox, TimeProvider clock)
{
    /// <summary>Registers a person, or (for an address already registered) warns its owner. Errors only for a refused password.</summary>
    public async Task<IdentityResult> RegisterAsync(RegisterForm form)
    {
        var user = new PortalUser
        {
            UserName = form.Email.Trim(),
            Email = form.Email.Trim(),
            DisplayName = form.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
            PreferredCulture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
        };

        // The password is judged before the address is looked up, on what the form says only, so
        // that a refusal reads the same whether or not the address is registered.
        if (await RefusePasswordAsync(user, form.Password) is { } refused)
        {
            return refused;
        }

        // Either way one password is hashed, so the answer's timing does not tell either.
        var passwordHash = users.PasswordHasher.HashPassword(user, form.Password);
        var existing = await users.FindByEmailAsync(user.Email);
        if (existing is not null)
        {
            await QueueAsync(email.Compose(existing.Email!, existing.PreferredCulture, "account-exists", t => (
                t["Someone tried to register with your e-mail address"],
                [t["Someone, perhaps you, tried to create an account on the ICP portal with this e-mail address, which already has one."],
                 t["If it was you, sign in, or choose a new password if you have forgotten it. If not, you can ignore this message."]],
                new EmailLink(t["Choose a new password"], email.AbsoluteUrl("/account/forgot-password")))));
            return IdentityResult.Success;
        }

        // The password is already judged and hashed: create the account with that hash rather than
        // have Identity judge and hash it a second time.
        user.PasswordHash = passwordHash;
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            // Registered a moment ago by someone else: the same answer as above.
            return created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName") ? IdentityResult.Success : created;
        }

        await SendConfirmationAsync(user);
        return IdentityResult.Success;
    }

    public async Task ResendConfirmationAsync(string address)
    {
        var user = await users.FindByEmailAsync(address.Trim());
        if (user is not null && !user.EmailConfirmed)
        {
            await SendConfirmationAsync(user);
        }
    }

    public async Task<bool> ConfirmEmailAsync(string userId, string code)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || Decode(code) is not { } token)
        {
            return false;
        }

        return (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }

    public async Task SendPasswordResetAsync(string address)
    {
        var user = await users.FindByEmailAsync(address.Trim());
        if (user is null || !user.EmailConfirmed)
        {
            return;
        }

        await QueueAsync(await PasswordLinkMessageAsync(user, "password-reset", t => (
            t["Choose a new password for the ICP portal"],
            [t["You asked to choose a new password for your account on the ICP portal. The link below is valid for two days."],
             t["If you did not ask for this, you can ignore this message: your password has not changed."]])));
    }

    /// <summary>
    /// A message carrying a link to choose a password (a reset token): for a forgotten password, for
    /// invited staff, and for the first programme manager.
    /// </summary>
    public async Task<ICP.Domain.Messaging.OutboxMessage> PasswordLinkMessageAsync(
        PortalUser user, string kind, Func<Microsoft.Extensions.Localization.IStringLocalizer, (string Subject, IReadOnlyList<string> Paragraphs)> write)
    {
        var link = await PasswordLinkAsync(user);
        return email.Compose(user.Email!, user.PreferredCulture, kind, t =>
        {
            var (subject, paragraphs) = write(t);
            return (subject, paragraphs, new EmailLink(t["Choose a new password"], link));
        });
    }

    public async Task<string> PasswordLinkAsync(PortalUser user)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(user));
        return email.AbsoluteUrl($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={token}");
    }

    public async Task<IdentityResult> ResetPasswordAsync(ResetPasswordForm form)
    {
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is null || Decode(form.Code) is not { } token)
        {
            // The same answer as for a stale link of a real account.
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }

        var result = await users.ResetPasswordAsync(user, token, form.Password);
        if (result.Succeeded)
        {
            // The link came to the mailbox: choosing a password through it also confirms the address
            // (that is how invited staff set their first password).
            if (!user.EmailConfirmed)
            {
                user.EmailConfirmed = true;
                await users.UpdateAsync(user);
            }

            await users.ResetAccessFailedCountAsync(user);
            await users.SetLockoutEndDateAsync(user, null);
            await NotifyPasswordChangedAsync(user);
        }

        return result;
    }

    /// <summary>
    /// Sets a new password. The page asks for no current password: the person confirmed who they are
    /// moments ago (<see cref="RequiresRecentSignInAttribute"/>), with the second step where it is on.
    /// A reset token, made and used at once, lets Identity judge, hash and store the password and
    /// renew the security stamp in one update.
    /// </summary>
    public async Task<IdentityResult> ChangePasswordAsync(PortalUser user, ChangePasswordForm form)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, form.NewPassword);
        if (result.Succeeded)
        {
            await NotifyPasswordChangedAsync(user);
        }

        return result;
    }

    private Task NotifyPasswordChangedAsync(PortalUser user) =>
        QueueAsync(email.Compose(user.Email!, user.PreferredCulture, "password-changed", t => (
            t["Your ICP portal password was changed"],
            [t["The password of your account on the ICP portal was just changed."],
             t["If you did not do this, choose a new password at once and tell the programme team."]],
            new EmailLink(t["Choose a new password"], email.AbsoluteUrl("/account/forgot-password")))));

    private async Task SendConfirmationAsync(PortalUser user)
    {
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = email.AbsoluteUrl($"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&code={token}");
        await QueueAsync(email.Compose(user.Email!, user.PreferredCulture, "account-confirmation", t => (
            t["Confirm your e-mail address for the ICP portal"],
            [t["Welcome to the portal of International City Partnerships, {0}.", user.DisplayName],
             t["Confirm your e-mail address to activate your account. The link below is valid for two days."]],
            new EmailLink(t["Confirm my e-mail address"], link))));
    }

    /// <summary>Identity's password validators (length, guessability), as <c>CreateAsync</c> would run them; null when the password is accepted.</summary>
    private async Task<IdentityResult?> RefusePasswordAsync(PortalUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors);
        }

        return errors.Count == 0 ? null : IdentityResult.Failed([.. errors]);
    }

    private async Task QueueAsync(ICP.Domain.Messaging.OutboxMessage message)
    {
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync();
        outbox.Notify();
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private static string? Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
