using ICP.Domain.Applications;
using ICP.Domain.Audit;
using ICP.Domain.Programme;
using ICP.Infrastructure.Files;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Audit;
using ICP.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.PersonalData;

/// <summary>
/// Staff set how long non-selected applications keep personal data (per call), and anonymise those
/// whose period is over, keeping the statistics. Every change is audited (ADR 10).
/// </summary>
public sealed class RetentionWorkflow(IcpDbContext db, DatabaseWrites writes, IFileStore files, AuditTrail audit, TimeProvider clock, CurrentCall currentCall)
{
    public async Task<RetentionPage> PageAsync(CancellationToken cancellationToken)
    {
        var (call, candidates) = await LoadAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var listed = candidates
            .Select(a => (Application: a, Outcome: a.OutcomeAt(call.WindowFor(a.LocalAuthorityId))))
            .Where(a => a.Outcome is not null)
            .Select(a => new RetentionCandidate(a.Application.Id, a.Application.Reference, a.Application.TerritoryCode, a.Application.Status, a.Outcome!.Value, a.Outcome.Value.AddMonths(call.RetentionMonths)))
            .ToList();
        var anonymised = await db.Applications.CountAsync(a => a.CallId == call.Id && a.AnonymisedAt != null, cancellationToken);
        return new RetentionPage(call.Code, call.RetentionMonths, [.. listed.Where(c => c.DueAt <= now).OrderBy(c => c.DueAt)], listed.Count(c => c.DueAt > now), anonymised);
    }

    /// <summary>Sets the call's retention period; the domain refuses a period outside 6–120 months.</summary>
    public Task SetRetentionAsync(int months, string actorId, string actorName, CancellationToken cancellationToken) =>
        writes.RunAsync(async token =>
        {
            var call = await currentCall.LoadForChangeAsync(CallShape.Summary, token);
            var before = call.RetentionMonths;
            call.SetRetention(months);
            audit.Record(actorId, actorName, AuditActions.RetentionChanged, call.Code, $"{before} → {months} months");
            await db.SaveChangesAsync(token);
        }, cancellationToken);

    /// <summary>
    /// Anonymises every application whose retention period is over at this moment, in one
    /// transaction with an audit entry each; the letters' files are deleted after the commit (the
    /// file sweep finishes the job if the process stops between the two). Returns how many.
    /// </summary>
    public async Task<int> AnonymiseDueAsync(string actorId, string actorName, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var released = new List<ApplicationDocument>();
        // One write unit (ADR 12): the e-mails and audit entries change with the applications, or not at all.
        var count = await writes.RunAsync(async token =>
        {
            released.Clear();
            var (call, candidates) = await LoadAsync(token);
            var anonymised = 0;
            foreach (var application in candidates.Where(a => a.IsDueForAnonymisation(call.WindowFor(a.LocalAuthorityId), call.RetentionMonths, now)))
            {
                released.AddRange(application.Anonymise(call.WindowFor(application.LocalAuthorityId), call.RetentionMonths, now));
                await db.OutboxMessages.Where(m => m.RelatedReference == application.Reference).ExecuteDeleteAsync(token);
                foreach (var entry in await db.AuditEntries.Where(e => e.Subject == application.Reference
                    && (e.Action == AuditActions.ApplicationSubmitted || e.Action == AuditActions.ApplicationWithdrawn)).ToListAsync(token))
                {
                    entry.Erase();
                }

                audit.Record(actorId, actorName, AuditActions.ApplicationAnonymised, application.Reference,
                    $"Retention of {call.RetentionMonths} months over; answers, letters and names erased, statistics kept");
                anonymised++;
            }

            await db.SaveChangesAsync(token);
            return anonymised;
        }, cancellationToken);

        foreach (var document in released)
        {
            files.Delete(document.StorageKey);
            document.MarkFileDeleted(now);
        }

        if (released.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return count;
    }

    private async Task<(Call Call, List<Application> Candidates)> LoadAsync(CancellationToken cancellationToken)
    {
        var call = await currentCall.LoadAsync(CallShape.Summary, CallAudience.Staff, cancellationToken);
        var statuses = Application.NotSelectedStatuses.ToList();
        var candidates = await db.Applications
            .Include(a => a.Sections)
            .Include(a => a.Documents)
            .Include(a => a.Versions)
            .Include(a => a.StatusChanges)
            .AsSplitQuery()
            .Where(a => a.CallId == call.Id && a.AnonymisedAt == null && statuses.Contains(a.Status))
            .ToListAsync(cancellationToken);
        return (call, candidates);
    }
}
