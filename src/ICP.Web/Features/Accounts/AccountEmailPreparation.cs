using System.Data.Common;
using ICP.Domain.Messaging;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Accounts;

/// <summary>
/// Works out the account e-mails asked for on public forms (<see cref="AccountEmailRequest"/>),
/// off the request, in the outbox worker: whether the address has an account and in what state,
/// the token, the message. The forms themselves do the same work for every address (one row
/// written), so their timing says nothing about whether an address is registered.
/// Messages carry no text a person chose (a display name): the recipient may not be the person who
/// registered (issue 9, finding 8).
/// </summary>
public sealed partial class AccountEmailPreparation(
    IcpDbContext db, UserManager<PortalUser> users, EmailComposer email, RecipientThrottle throttle, ILogger<AccountEmailPreparation> logger)
    : IOutboxPreparation
{
    public async Task<int> PrepareAsync(CancellationToken cancellationToken)
    {
        var waiting = await db.AccountEmailRequests.AsNoTracking().OrderBy(r => r.Id).Take(20).ToListAsync(cancellationToken);
        foreach (var request in waiting)
        {
            try
            {
                db.AccountEmailRequests.Remove(request);
                if (await ComposeAsync(request, cancellationToken) is { } message)
                {
                    db.OutboxMessages.Add(message);
                }

                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another instance prepared this one first.
            }
            catch (Exception exception) when (exception is not (OperationCanceledException or DbException or DbUpdateException))
            {
                // A request that cannot be prepared must not hold up the ones behind it. (A database
                // failure, by contrast, leaves it for the next round.)
                LogDropped(logger, exception, request.Id, request.Kind);
                db.ChangeTracker.Clear();
                await db.AccountEmailRequests.Where(r => r.Id == request.Id).ExecuteDeleteAsync(cancellationToken);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return waiting.Count;
    }

    private async Task<OutboxMessage?> ComposeAsync(AccountEmailRequest request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email);
        var wanted = request.Kind switch
        {
            AccountEmailKind.PasswordReset => user is { EmailConfirmed: true },
            AccountEmailKind.Confirmation => user is { EmailConfirmed: false },
            _ => user is not null,
        };
        if (!wanted || user?.Email is not { } address)
        {
            return null;
        }

        if (!await throttle.AllowsAsync(address, cancellationToken))
        {
            LogThrottled(logger, request.Kind, throttle.PerHour);
            return null;
        }

        string Link(string path) => request.LinkOrigin + path;
        switch (request.Kind)
        {
            case AccountEmailKind.PasswordReset:
                var resetLink = Link(AccountLinks.ResetPassword(address, await users.GeneratePasswordResetTokenAsync(user)));
                return email.Compose(address, user.PreferredCulture, new PasswordResetEmail(resetLink));
            case AccountEmailKind.Confirmation:
                var confirmLink = Link(AccountLinks.ConfirmEmail(user.Id, await users.GenerateEmailConfirmationTokenAsync(user)));
                return email.Compose(address, user.PreferredCulture, new AccountConfirmationEmail(confirmLink));
            default:
                return email.Compose(address, user.PreferredCulture, new AccountExistsEmail(Link("/account/forgot-password")));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account e-mail request {RequestId} ({Kind}) could not be prepared and was dropped")]
    private static partial void LogDropped(ILogger logger, Exception exception, long requestId, AccountEmailKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account e-mail ({Kind}) not written: the address had {PerHour} unsolicited messages in the last hour")]
    private static partial void LogThrottled(ILogger logger, AccountEmailKind kind, int perHour);
}
