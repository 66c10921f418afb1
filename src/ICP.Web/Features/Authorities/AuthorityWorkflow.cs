using System.Security.Cryptography;
using System.Text;
using ICP.Domain.Authorities;
using ICP.Domain.Common;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Audit;
using ICP.Web.Features.Calls;
using ICP.Web.Features.Email;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Authorities;

/// <summary>Registering a local authority and running its team: invitations and the designated submitter.</summary>
public sealed class AuthorityWorkflow(
    IcpDbContext db, DatabaseWrites writes, EmailComposer email, RecipientThrottle throttle, OutboxSignal outbox, AuditTrail audit, TimeProvider clock,
    CurrentCall currentCall)
{
    public static readonly TimeSpan InvitationValidity = TimeSpan.FromDays(14);

    /// <summary>Registers the authority, with its first officer as the designated submitter.</summary>
    public Task<int> CreateAsync(NewAuthorityForm form, ApplicantContext who, CancellationToken cancellationToken) =>
        writes.RunAsync(async token =>
        {
            // Decided on what the database holds now: the same city registered, or this person
            // joined a team, by a request at the same moment is seen here (units run in turn).
            if (who.AuthorityId is not null || await db.AuthorityMembers.AnyAsync(m => m.UserId == who.UserId, token))
            {
                throw new AlreadyInTeamException();
            }

            var eligible = await EligibleTerritoriesAsync(token);
            if (!eligible.Contains(form.CountryCode))
            {
                throw new TerritoryNotEligibleException(form.CountryCode);
            }

            var normalized = LocalAuthority.Normalize(form.OfficialName);
            if (await db.LocalAuthorities.AnyAsync(a => a.CountryCode == form.CountryCode && a.NormalizedName == normalized, token))
            {
                throw new DuplicateLocalAuthorityException(form.OfficialName, form.CountryCode);
            }

            var authority = new LocalAuthority(form.OfficialName, form.CountryCode, who.UserId, clock.GetUtcNow());
            db.LocalAuthorities.Add(authority);
            await db.SaveChangesAsync(token);
            return authority.Id;
        }, cancellationToken);

    /// <summary>The countries and territories the current call's quota groups cover.</summary>
    public async Task<HashSet<string>> EligibleTerritoriesAsync(CancellationToken cancellationToken)
    {
        var calls = currentCall.Query(CallAudience.Public);
        return (await db.QuotaGroups
            .Where(g => calls.Any(c => c.Id == g.CallId))
            .SelectMany(g => g.Territories.Select(t => t.Code))
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// E-mails an invitation link; only a hash of its token is kept. The message names neither the
    /// inviter nor the authority (text a person typed, to an address nobody has confirmed): the link
    /// shows both, once the invited person has signed in with that address.
    /// </summary>
    public async Task InviteAsync(ApplicantContext who, string address, CancellationToken cancellationToken)
    {
        if (!await throttle.AllowsAsync(address, cancellationToken))
        {
            throw new RecipientThrottledException(throttle.PerHour);
        }

        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await writes.RunAsync(async cancel =>
        {
            var authority = await LoadAsync(who, cancel);
            authority.Invite(address.Trim(), TokenHash(token), who.UserId, clock.GetUtcNow(), InvitationValidity);
            var link = email.AbsoluteUrl($"/applicant/invitations/accept?token={token}");

            // In the invitee's own language when they already have an account; otherwise in the
            // language of the colleague inviting them (most likely theirs too).
            var normalizedAddress = address.Trim().ToUpperInvariant();
            var culture = await db.Users.Where(u => u.NormalizedEmail == normalizedAddress).Select(u => u.PreferredCulture)
                .FirstOrDefaultAsync(cancel) ?? who.Culture;
            db.OutboxMessages.Add(email.Compose(address.Trim(), culture, new TeamInvitationEmail(link)));
            await db.SaveChangesAsync(cancel);
        }, cancellationToken);
        outbox.Notify();
    }

    /// <summary>Joins the team the invitation is for. The link is the proof; it works once, before it expires.</summary>
    public Task AcceptAsync(ApplicantContext who, string token, CancellationToken cancellationToken) =>
        writes.RunAsync(async cancel =>
        {
            if (who.AuthorityId is not null || await db.AuthorityMembers.AnyAsync(m => m.UserId == who.UserId, cancel))
            {
                throw new AlreadyInTeamException();
            }

            var hash = TokenHash(token);
            var authority = await db.LocalAuthorities.Include(a => a.Members).Include(a => a.Invitations).AsSplitQuery()
                .SingleOrDefaultAsync(a => a.Invitations.Any(i => i.TokenHash == hash), cancel)
                ?? throw new InvitationNotValidException();
            var invitation = authority.Invitations.Single(i => i.TokenHash == hash);

            // The link is for the person it was sent to: a forwarded link does not let someone else in.
            if (!string.Equals(invitation.Email, who.Email, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvitationNotValidException();
            }

            authority.Join(invitation, who.UserId, clock.GetUtcNow());
            await db.SaveChangesAsync(cancel);
        }, cancellationToken);

    public Task RevokeInvitationAsync(ApplicantContext who, int invitationId, CancellationToken cancellationToken) =>
        writes.RunAsync(async cancel =>
        {
            var authority = await LoadAsync(who, cancel);
            authority.Invitations.SingleOrDefault(i => i.Id == invitationId)?.Revoke(clock.GetUtcNow());
            await db.SaveChangesAsync(cancel);
        }, cancellationToken);

    /// <summary>
    /// The designated submitter hands the role to another member of the team. Both are told by
    /// e-mail and the change is in the audit log: the role decides who may submit or withdraw.
    /// </summary>
    public async Task DesignateSubmitterAsync(ApplicantContext who, string userId, CancellationToken cancellationToken)
    {
        await writes.RunAsync(async cancel =>
        {
            var authority = await LoadAsync(who, cancel);
            if (!authority.HasMember(userId))
            {
                throw new InvitationNotValidException();
            }

            var previous = authority.DesignatedSubmitterId;
            authority.DesignateSubmitter(userId, who.UserId);
            await RecordSubmitterChangeAsync(authority, previous, who.UserId, who.Name, string.Empty, cancel);
        }, cancellationToken);
        outbox.Notify();
    }

    /// <summary>
    /// Programme staff give the submitter role to another member, when the designated submitter
    /// cannot hand it over themselves (they left the authority, lost their account).
    /// </summary>
    public async Task ReassignSubmitterAsync(int authorityId, string userId, string reason, string staffId, string staffName, CancellationToken cancellationToken)
    {
        await writes.RunAsync(async cancel =>
        {
            var authority = await db.LocalAuthorities.Include(a => a.Members)
                .SingleOrDefaultAsync(a => a.Id == authorityId, cancel)
                ?? throw new NotFoundException($"Local authority {authorityId}");
            if (!authority.HasMember(userId))
            {
                throw new InvitationNotValidException();
            }

            var previous = authority.DesignatedSubmitterId;
            authority.ReassignSubmitter(userId);
            await RecordSubmitterChangeAsync(authority, previous, staffId, staffName, reason, cancel);
        }, cancellationToken);
        outbox.Notify();
    }

    private async Task RecordSubmitterChangeAsync(
        LocalAuthority authority, string previousId, string actorId, string actorName, string reason, CancellationToken cancellationToken)
    {
        if (previousId == authority.DesignatedSubmitterId)
        {
            return; // Already the submitter: nothing changed, nobody to tell.
        }

        var people = await db.Users.Where(u => u.Id == previousId || u.Id == authority.DesignatedSubmitterId)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.PreferredCulture }).ToListAsync(cancellationToken);
        var incoming = people.Single(p => p.Id == authority.DesignatedSubmitterId);
        var (actor, submitter, city) = (EmailComposer.Quoted(actorName), EmailComposer.Quoted(incoming.DisplayName), EmailComposer.Quoted(authority.OfficialName));
        foreach (var person in people.Where(p => p.Email is not null))
        {
            db.OutboxMessages.Add(email.Compose(person.Email!, person.PreferredCulture, new SubmitterChangedEmail(actor, submitter, city, email.AbsoluteUrl("/applicant/team"))));
        }

        audit.Record(actorId, actorName, ICP.Domain.Audit.AuditActions.SubmitterChanged, authority.OfficialName,
            $"{people.SingleOrDefault(p => p.Id == previousId)?.DisplayName ?? previousId} → {incoming.DisplayName}", reason);

        // A colleague who changed the team meanwhile (another hand-over, an invitation accepted) is
        // seen by the unit's next attempt, on SQL Server through the authority's concurrency token.
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<LocalAuthority> LoadAsync(ApplicantContext who, CancellationToken cancellationToken) =>
        await db.LocalAuthorities.Include(a => a.Members).Include(a => a.Invitations).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == who.AuthorityId, cancellationToken)
        ?? throw new NotFoundException("Your local authority");

    /// <summary>What is stored of an invitation's token: its SHA-256.</summary>
    public static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
