using System.Globalization;
using ICP.Domain.Applications;
using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Domain.Messaging;
using ICP.Domain.Programme;
using ICP.Domain.Selection;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Audit;
using ICP.Web.Features.Calls;
using ICP.Web.Features.Cooperation;
using ICP.Web.Features.Email;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Selection;

/// <summary>
/// Selection by quota group: decisions are staged, then released together; every change to a
/// group's board renews the group's selection token, so two staff acting on one board at the same
/// moment cannot over-fill it (the second write fails, is retried on fresh data, and is refused).
/// </summary>
public sealed class SelectionWorkflow(
    IcpDbContext db, SelectionBoards boards, DatabaseWrites writes, AuditTrail audit, EmailComposer email, OutboxSignal outbox, TimeProvider clock,
    CurrentCall currentCall, CooperationWorkflow cooperation)
{
    public Task StageAsync(int applicationId, DecisionOutcome outcome, string note, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(async _ =>
        {
            var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken) ?? throw new ApplicationNotFoundException();
            var call = await LoadCallAsync(cancellationToken);
            var (board, group) = await BoardAsync(call, application.QuotaGroupCode, cancellationToken);
            var decision = board.Stage(applicationId, outcome, call, by.UserId, clock.GetUtcNow(), note);
            if (decision.Id == 0)
            {
                db.SelectionDecisions.Add(decision);
            }

            group.TouchSelection();
            audit.Record(by.UserId, by.Name, AuditActions.DecisionStaged, application.Reference, $"{outcome} (pending release)", note);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>The e-mails a release of the group would send now.</summary>
    public async Task<IReadOnlyList<MessagePreview>> PreviewAsync(string groupCode, CancellationToken cancellationToken)
    {
        var call = await LoadCallAsync(cancellationToken);
        var pending = await db.SelectionDecisions.AsNoTracking()
            .Where(d => d.CallId == call.Id && d.QuotaGroupCode == groupCode && d.State == DecisionState.Pending).ToListAsync(cancellationToken);
        var previews = new List<MessagePreview>();
        foreach (var decision in pending)
        {
            foreach (var message in await OutcomeMessagesAsync(decision, call, cancellationToken))
            {
                previews.Add(new MessagePreview(message.RelatedReference ?? string.Empty, message.To, message.Subject, message.TextBody));
            }
        }

        return previews;
    }

    /// <summary>
    /// Releases every pending decision of the group: quotas checked again, statuses changed, and the
    /// applicants' e-mails written to the outbox in the same transaction.
    /// </summary>
    public async Task<int> ReleaseAsync(string groupCode, StaffContext by, CancellationToken cancellationToken)
    {
        var count = await writes.RunAsync(async _ =>
        {
            var call = await LoadCallAsync(cancellationToken);
            var (board, group) = await BoardAsync(call, groupCode, cancellationToken);
            var now = clock.GetUtcNow();
            var (released, changes) = board.ReleasePending(by.UserId, now);
            foreach (var change in changes)
            {
                var application = await db.Applications.SingleAsync(a => a.Id == change.ApplicationId, cancellationToken);
                application.ApplyDecision(change.To, by.Actor, now);
            }

            foreach (var decision in released)
            {
                db.OutboxMessages.AddRange(await OutcomeMessagesAsync(decision, call, cancellationToken));
            }

            group.TouchSelection();
            audit.Record(by.UserId, by.Name, AuditActions.DecisionsReleased, groupCode,
                string.Join("; ", released.Select(d => $"{board.CandidateOf(d.ApplicationId)?.Reference ?? d.ApplicationId.ToString(CultureInfo.InvariantCulture)}: {d.Outcome}{(d.ReserveRank is { } r ? $" #{r}" : "")}")));
            await db.SaveChangesAsync(cancellationToken);
            return released.Count;
        }, cancellationToken);
        outbox.Notify();
        return count;
    }

    /// <summary>A selected city withdrew from the programme: its seat is freed for the reserve list.</summary>
    public Task RecordDeclineAsync(int applicationId, string reason, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(async _ =>
        {
            var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken) ?? throw new ApplicationNotFoundException();
            var call = await LoadCallAsync(cancellationToken);
            var (board, group) = await BoardAsync(call, application.QuotaGroupCode, cancellationToken);
            application.RecordDecline(reason, by.Actor, clock.GetUtcNow());
            board.Decline(applicationId);
            group.TouchSelection();
            audit.Record(by.UserId, by.Name, AuditActions.ApplicationDeclined, application.Reference, "Withdrew after selection", reason);

            // The city leaves its partnerships in the same transaction as its decline.
            await cooperation.LeaveOnDeclineAsync(application.Id, application.Reference, reason, by, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>Moves a city from the reserve list to a free seat (pending: the release tells it).</summary>
    public Task PromoteAsync(int applicationId, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(async _ =>
        {
            var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken) ?? throw new ApplicationNotFoundException();
            var call = await LoadCallAsync(cancellationToken);
            var (board, group) = await BoardAsync(call, application.QuotaGroupCode, cancellationToken);
            board.Promote(applicationId, by.UserId, clock.GetUtcNow(), "Promoted from the reserve list");
            group.TouchSelection();
            audit.Record(by.UserId, by.Name, AuditActions.ReservePromoted, application.Reference, "Reserve → selected (pending release)");
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>Sets a status outside the transition table, with a reason, recorded as an override.</summary>
    public Task OverrideStatusAsync(int applicationId, ApplicationStatus to, string reason, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(token => TryOverrideStatusAsync(applicationId, to, reason, by, token), cancellationToken);

    private async Task TryOverrideStatusAsync(int applicationId, ApplicationStatus to, string reason, StaffContext by, CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken) ?? throw new ApplicationNotFoundException();
        if (await db.SelectionDecisions.AnyAsync(d => d.ApplicationId == applicationId, cancellationToken))
        {
            // A staged decision would otherwise be released for an application in another status.
            throw new OverrideNotAllowedException();
        }

        var from = application.Status;
        application.OverrideStatus(to, reason, by.Actor, clock.GetUtcNow());
        audit.Record(by.UserId, by.Name, AuditActions.StatusOverridden, application.Reference, $"{from} → {to}", reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<(SelectionBoard Board, QuotaGroup Group)> BoardAsync(Call call, string groupCode, CancellationToken cancellationToken)
    {
        var loaded = await boards.LoadAsync(call.Id, groupCode, forUpdate: true, cancellationToken) ?? throw new NotSelectableException($"No quota group {groupCode}.");
        return (loaded.Board, loaded.Board.Group);
    }

    /// <summary>The outcome e-mail to every officer of the authority, each in their own language.</summary>
    private async Task<IReadOnlyList<OutboxMessage>> OutcomeMessagesAsync(SelectionDecision decision, Call call, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == decision.ApplicationId, cancellationToken);
        var authority = EmailComposer.Quoted(await db.LocalAuthorities.AsNoTracking().Where(l => l.Id == application.LocalAuthorityId).Select(l => l.OfficialName).SingleAsync(cancellationToken));
        var group = await db.QuotaGroups.AsNoTracking().Where(g => g.CallId == call.Id && g.Code == decision.QuotaGroupCode).Select(g => g.Name).SingleAsync(cancellationToken);
        var officers = await db.AuthorityMembers.AsNoTracking().Where(m => m.LocalAuthorityId == application.LocalAuthorityId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Email, u.PreferredCulture }).ToListAsync(cancellationToken);
        var link = email.AbsoluteUrl("/applicant");
        var outcome = new SelectionOutcomeEmail(decision.Outcome, authority, application.Reference, group, decision.ReserveRank, link);
        return [.. officers.Where(o => o.Email is not null).Select(o => email.Compose(o.Email!, o.PreferredCulture, outcome, application.Reference))];
    }

    private Task<Call> LoadCallAsync(CancellationToken cancellationToken) =>
        currentCall.LoadAsync(CallShape.Summary, CallAudience.Staff, cancellationToken);
}
