using ICP.Infrastructure.Email;
using ICP.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Email;

/// <summary>
/// A limit on the e-mails anyone can make the portal send to one address: confirmation links
/// (accounts and activity registrations), "someone tried to register", password resets and team invitations can all be asked for by a
/// stranger, in the portal's name, to an address of the stranger's choosing. At most
/// <c>Email:UnsolicitedPerRecipientPerHour</c> (default 5) such messages go to one address in an
/// hour, whoever asks; the rest are not written.
/// </summary>
public sealed class RecipientThrottle(IcpDbContext db, TimeProvider clock, IOptions<EmailOptions> options)
{
    /// <summary>The kinds of message a stranger can cause to be sent to an address.</summary>
    public static readonly IReadOnlyList<string> UnsolicitedKinds = ["account-confirmation", "account-exists", "password-reset", "team-invitation", "activity-confirm", "activity-already-registered"];

    public int PerHour => options.Value.UnsolicitedPerRecipientPerHour;

    /// <summary>Whether one more unsolicited message may go to <paramref name="address"/> now.</summary>
    public async Task<bool> AllowsAsync(string address, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddHours(-1);
        var lowered = address.Trim().ToLowerInvariant();
        var kinds = UnsolicitedKinds.ToList();
        // Translated to SQL's LOWER() on both providers (no .NET culture is involved); an address
        // typed in other capitals is the same mailbox.
#pragma warning disable CA1304, CA1311, CA1862
        var sent = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.CreatedAt > since && kinds.Contains(m.Kind) && m.To.ToLower() == lowered)
            .CountAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        return sent < PerHour;
    }
}
