using FluentValidation;
using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Accounts;

/// <summary>
/// Staff accounts: created by invitation (or, for the first programme manager, by a command), each
/// with a link to choose a password. Two-step sign-in is then required before the staff area opens.
/// </summary>
public sealed class StaffWorkflow(
    UserManager<PortalUser> users, IcpDbContext db, DatabaseWrites writes, AccountWorkflow accounts, AuditTrail audit, OutboxSignal outbox, TimeProvider clock)
{
    /// <summary>Creates (or finds) the account, gives it the role, and returns the link to choose a password.</summary>
    public async Task<(PortalUser User, string PasswordLink)> EnsureStaffAsync(string email, string name, string role, bool emailConfirmed)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is not null)
        {
            // Separation of duties: a city's officer never sees competitors' files, and a programme
            // manager (who sees every evaluation) never scores, since evaluators must not see
            // colleagues' scores before submitting their own.
            if (await db.AuthorityMembers.AnyAsync(m => m.UserId == user.Id))
            {
                throw new StaffRoleRefusedException(belongsToCity: true);
            }

            var other = role == StaffRoles.ProgrammeManager ? StaffRoles.Evaluator : StaffRoles.ProgrammeManager;
            if (await users.IsInRoleAsync(user, other))
            {
                throw new StaffRoleRefusedException(belongsToCity: false);
            }
        }
        else
        {
            user = new PortalUser { UserName = email.Trim(), Email = email.Trim(), DisplayName = name.Trim(), CreatedAt = clock.GetUtcNow(), EmailConfirmed = emailConfirmed };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }
        }

        if (!await users.IsInRoleAsync(user, role))
        {
            await users.AddToRoleAsync(user, role);
        }

        return (user, await accounts.PasswordLinkAsync(user));
    }

    /// <summary>Invites a staff member by e-mail: the message holds the link to choose a password.</summary>
    public async Task InviteAsync(StaffInvitationForm form, StaffContext by)
    {
        // Identity saves the account and its role as it goes; one unit (one transaction) makes the
        // account, the role, the invitation e-mail and the audit entry commit together or not at all.
        await writes.RunAsync(_ => InviteInTransactionAsync(form, by), CancellationToken.None);
        outbox.Notify();
    }

    private async Task InviteInTransactionAsync(StaffInvitationForm form, StaffContext by)
    {
        var (user, _) = await EnsureStaffAsync(form.Email, form.DisplayName, form.Role, emailConfirmed: false);
        db.OutboxMessages.Add(await accounts.StaffInvitationAsync(user, form.Role));
        audit.Record(by.UserId, by.Name, AuditActions.StaffInvited, form.Email.Trim(), $"Role: {form.Role}");
        await db.SaveChangesAsync();
    }

    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken)
    {
        var staff = await (from u in db.Users.AsNoTracking()
                           join ur in db.UserRoles on u.Id equals ur.UserId
                           join r in db.Roles on ur.RoleId equals r.Id
                           where r.Name == StaffRoles.ProgrammeManager || r.Name == StaffRoles.Evaluator
                           select new { u.Id, u.DisplayName, u.Email, u.TwoFactorEnabled, u.EmailConfirmed, Role = r.Name! })
            .ToListAsync(cancellationToken);
        return [.. staff.GroupBy(s => s.Id).Select(g => new StaffMember(
                g.Key, g.First().DisplayName, g.First().Email ?? string.Empty, [.. g.Select(s => s.Role).Order(StringComparer.Ordinal)],
                g.First().TwoFactorEnabled, g.First().EmailConfirmed))
            .OrderBy(s => s.Name, StringComparer.CurrentCulture)];
    }
}
