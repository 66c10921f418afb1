using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ICP.Domain.Audit;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.PersonalData;

/// <summary>
/// A person's own data (GDPR articles 15, 17 and 20): everything the portal holds about them as one
/// machine-readable archive, and the deletion of their account, with what the programme must keep
/// pseudonymised rather than erased (ADR 10).
/// </summary>
public sealed class PersonalDataWorkflow(IcpDbContext db, DatabaseWrites writes, UserManager<PortalUser> users, AuditTrail audit, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>
    /// A ZIP of JSON files: the account, the teams, the applications of those teams with their
    /// drafts and submitted versions, the e-mails sent to the person, and the audit entries about
    /// them. Audited: the export itself is an entry.
    /// </summary>
    public async Task<byte[]> ExportAsync(PortalUser user, CancellationToken cancellationToken)
    {
        var email = user.Email ?? string.Empty;
        var now = clock.GetUtcNow();
        var memberships = await db.AuthorityMembers.AsNoTracking().Where(m => m.UserId == user.Id)
            .Join(db.LocalAuthorities, m => m.LocalAuthorityId, a => a.Id, (m, a) => new
            {
                AuthorityId = a.Id,
                Authority = a.OfficialName,
                Country = a.CountryCode,
                m.JoinedAt,
                IsDesignatedSubmitter = a.DesignatedSubmitterId == user.Id,
            })
            .ToListAsync(cancellationToken);
        var authorityIds = memberships.Select(m => m.AuthorityId).ToList();
        var applications = await db.Applications.AsNoTracking()
            .Where(a => authorityIds.Contains(a.LocalAuthorityId))
            .Select(a => new
            {
                a.Reference,
                Status = a.Status.ToString(),
                a.TerritoryCode,
                a.CreatedAt,
                a.AnonymisedAt,
                Steps = a.Sections.OrderBy(s => s.Step).Select(s => new { Step = s.Step.ToString(), s.IsComplete, s.UpdatedAt, s.UpdatedByName, Answers = s.DataJson }).ToList(),
                Letters = a.Documents.OrderBy(d => d.UploadedAt).Select(d => new { d.FileName, d.SizeBytes, d.Sha256, d.UploadedAt, d.UploadedByName, d.IsCurrent }).ToList(),
                Versions = a.Versions.OrderBy(v => v.Number).Select(v => new { v.Number, v.SubmittedAt, v.SubmittedByName, v.ReceiptCode, v.ContentSha256, v.DocumentSha256, Content = v.ContentJson }).ToList(),
                History = a.StatusChanges.OrderBy(c => c.At).Select(c => new { c.At, From = c.From.ToString(), To = c.To.ToString(), c.ActorName, ReasonCode = c.ReasonCode.ToString(), c.VersionNumber, c.Reason }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var emails = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.To == email)
            .OrderBy(m => m.Id)
            .Select(m => new { m.Kind, m.Subject, m.CreatedAt, State = m.State.ToString(), m.SentAt, m.RelatedReference, Text = m.TextBody })
            .ToListAsync(cancellationToken);
        var auditEntries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.ActorId == user.Id || e.Subject == email)
            .OrderBy(e => e.Id)
            .Select(e => new { e.At, e.Action, e.ActorName, e.Subject, e.Details, e.Reason })
            .ToListAsync(cancellationToken);
        var invitations = await db.AuthorityInvitations.AsNoTracking()
            .Where(i => i.Email == email || i.InvitedBy == user.Id)
            .Select(i => new { i.Email, InvitedByYou = i.InvitedBy == user.Id, i.CreatedAt, i.ExpiresAt, i.AcceptedAt, i.RevokedAt })
            .ToListAsync(cancellationToken);
        var account = new
        {
            user.Id,
            Email = email,
            user.EmailConfirmed,
            user.DisplayName,
            user.PreferredCulture,
            user.CreatedAt,
            TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user),
            Roles = await users.GetRolesAsync(user),
        };

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "README.txt", Encoding.UTF8.GetBytes(
                $"Personal data held by the ICP portal about {email}, exported {now:yyyy-MM-dd HH:mm:ss} UTC.\n" +
                "Each file is JSON (UTF-8): account, teams and invitations, the applications of your teams (drafts, letters' details, " +
                "submitted versions with their receipts, history), the e-mails the portal sent you, and the audit entries about you.\n"));
            Add(zip, "account.json", JsonSerializer.SerializeToUtf8Bytes(account, Json));
            Add(zip, "teams.json", JsonSerializer.SerializeToUtf8Bytes(new { Memberships = memberships, Invitations = invitations }, Json));
            Add(zip, "applications.json", JsonSerializer.SerializeToUtf8Bytes(applications, Json));
            Add(zip, "emails.json", JsonSerializer.SerializeToUtf8Bytes(emails, Json));
            Add(zip, "audit.json", JsonSerializer.SerializeToUtf8Bytes(auditEntries, Json));
        }

        audit.Record(user.Id, user.DisplayName, AuditActions.PersonalDataExported, email,
            $"{applications.Count} applications, {emails.Count} e-mails, {auditEntries.Count} audit entries");
        await db.SaveChangesAsync(cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>
    /// Deletes the account after the password is given again. The account, its team memberships,
    /// invitations to its address and e-mails to it are erased; where the programme must keep a
    /// record (a step's last editor, an uploaded letter, a submitted version, the history, the audit
    /// log) the person's name is replaced by a pseudonym. Submitted versions and their receipts are
    /// untouched otherwise, so every receipt still verifies. Staff accounts and the designated
    /// submitter of a team with colleagues are refused.
    /// </summary>
    public async Task<AccountDeletionRefusal> DeleteAccountAsync(PortalUser user, string password, bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            return AccountDeletionRefusal.NotConfirmed;
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            return AccountDeletionRefusal.WrongPassword;
        }

        if ((await users.GetRolesAsync(user)).Any(r => StaffRoles.All.Contains(r)))
        {
            return AccountDeletionRefusal.Staff;
        }

        var submitterWithColleagues = await db.LocalAuthorities
            .Where(a => a.DesignatedSubmitterId == user.Id)
            .AnyAsync(a => db.AuthorityMembers.Count(m => m.LocalAuthorityId == a.Id) > 1, cancellationToken);
        if (submitterWithColleagues)
        {
            return AccountDeletionRefusal.SubmitterWithColleagues;
        }

        var email = user.Email ?? string.Empty;
        var pseudonym = PseudonymFor(user.Id);

        // One write unit (ADR 12): the erasures, the pseudonyms and the account go together, or not at all.
        await writes.RunAsync(async token =>
        {
            var steps = await db.ApplicationSections.Where(s => s.UpdatedBy == user.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.UpdatedByName, pseudonym), token);
            var letters = await db.ApplicationDocuments.Where(d => d.UploadedBy == user.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.UploadedByName, pseudonym), token);
            await db.CityOutputs.Where(o => o.UploadedBy == user.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.UploadedByName, pseudonym), token);
            var versions = await db.ApplicationVersions.Where(v => v.SubmittedBy == user.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SubmittedByName, pseudonym), token);
            await db.ApplicationStatusChanges.Where(c => c.ActorId == user.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ActorName, pseudonym), token);
            var emails = await db.OutboxMessages.Where(m => m.To == email).ExecuteDeleteAsync(token);
            await db.AuthorityInvitations.Where(i => i.Email == email).ExecuteDeleteAsync(token);
            // The city's private calendar address may be in the leaving person's own calendar: it ends with the account (ADR 21).
            var ownCities = db.AuthorityMembers.Where(m => m.UserId == user.Id).Select(m => m.LocalAuthorityId);
            var feeds = await db.CityCalendarFeeds
                .Where(f => db.Applications.Any(a => a.Id == f.ApplicationId && ownCities.Contains(a.LocalAuthorityId)))
                .ExecuteDeleteAsync(token);
            await db.AuthorityMembers.Where(m => m.UserId == user.Id).ExecuteDeleteAsync(token);
            foreach (var entry in await db.AuditEntries.Where(e => e.ActorId == user.Id || e.Subject == email).ToListAsync(token))
            {
                entry.Pseudonymise(pseudonym, email);
            }

            audit.Record(user.Id, pseudonym, AuditActions.AccountDeleted, pseudonym,
                $"Account erased; pseudonymised: {steps} steps, {letters} letters, {versions} versions; {emails} e-mails erased; {feeds} city calendar addresses revoked");
            await db.SaveChangesAsync(token);
            var deleted = await users.DeleteAsync(user);
            if (!deleted.Succeeded)
            {
                throw new InvalidOperationException("The account could not be deleted: " + string.Join("; ", deleted.Errors.Select(e => e.Code)));
            }
        }, cancellationToken);
        return AccountDeletionRefusal.None;
    }

    /// <summary>The same pseudonym wherever the person appeared, that does not reveal who they were.</summary>
    public static string PseudonymFor(string userId) =>
        "Deleted account " + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("icp-deleted-account:" + userId)))[..8];

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }
}
