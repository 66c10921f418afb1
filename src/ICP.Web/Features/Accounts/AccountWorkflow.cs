using System.Globalization;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Email;
using Microsoft.AspNetCore.Identity;

namespace ICP.Web.Features.Accounts;

/// <summary>
/// Registration, confirmation and password recovery. Every answer that could tell a stranger
/// whether an address is registered is the same either way; the owner of the address learns the
/// rest by e-mail. The e-mails a public form asks for are only recorded here, the same way for any
/// address, and worked out afterwards (<see cref="AccountEmailPreparation"/>).
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
            await RequestAsync(AccountEmailKind.AccountExists, user.Email);
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

        await RequestAsync(AccountEmailKind.Confirmation, user.Email);
        return IdentityResult.Success;
    }

    /// <summary>The confirmation link again, if the address has an account still unconfirmed (worked out later).</summary>
    public Task ResendConfirmationAsync(string address) => RequestAsync(AccountEmailKind.Confirmation, address);

    public async Task<bool> ConfirmEmailAsync(string userId, string code)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || AccountLinks.Decode(code) is not { } token)
        {
            return false;
        }

        return (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }

    /// <summary>A link to choose a new password, if the address has a confirmed account (worked out later).</summary>
    public Task SendPasswordResetAsync(string address) => RequestAsync(AccountEmailKind.PasswordReset, address);

    /// <summary>
    /// The invitation to the staff area, with a link to choose a password (a reset token): for invited
    /// staff (with their <paramref name="role"/>) and for the first programme manager (no role said).
    /// </summary>
    public async Task<ICP.Domain.Messaging.OutboxMessage> StaffInvitationAsync(PortalUser user, string? role) =>
        email.Compose(user.Email!, user.PreferredCulture, new StaffInvitationEmail(role, await PasswordLinkAsync(user)));

    public async Task<string> PasswordLinkAsync(PortalUser user) =>
        email.AbsoluteUrl(AccountLinks.ResetPassword(user.Email!, await users.GeneratePasswordResetTokenAsync(user)));

    public async Task<IdentityResult> ResetPasswordAsync(ResetPasswordForm form)
    {
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is null || AccountLinks.Decode(form.Code) is not { } token)
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
        QueueAsync(email.Compose(user.Email!, user.PreferredCulture, new PasswordChangedEmail(email.AbsoluteUrl("/account/forgot-password"))));

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

    /// <summary>Records that an account e-mail was asked for: the same single row, whatever the address.</summary>
    private async Task RequestAsync(AccountEmailKind kind, string address)
    {
        db.AccountEmailRequests.Add(new AccountEmailRequest(kind, address, email.LinkOrigin(), clock.GetUtcNow()));
        await db.SaveChangesAsync();
        outbox.Notify();
    }
}
