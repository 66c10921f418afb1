using ICP.Domain.Activities;
using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Activities;

/// <summary>
/// Staff changes to activities and their registrations: create, edit (checked against the token
/// the page was shown with, so a colleague's edit is reported, not overwritten), cancel a
/// registration, promote from the waiting list, write to everyone registered. Each is one write
/// unit (ADR 12), audited, its e-mails written to the outbox in the same transaction.
/// </summary>
public sealed class ActivityWorkflow(IcpDbContext db, DatabaseWrites writes, ActivityEmails emails, AuditTrail audit, OutboxSignal outbox, TimeProvider clock)
{
    public const int SubjectLength = 150;
    public const int MessageLength = 4000;

    public Task<int> CreateAsync(ActivityKind kind, ActivityForm form, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(async _ =>
        {
            var phase = await db.TimelinePhases.SingleOrDefaultAsync(p => p.Id == form.PhaseId, cancellationToken)
                ?? throw new ActivityInvalidException(ActivityProblem.WrongPhase);
            var activity = Activity.Create(phase, kind, form.ToDetails(), by.UserId, clock.GetUtcNow());
            db.Activities.Add(activity);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(by.UserId, by.Name, AuditActions.ActivityCreated, Subject(activity), $"{kind}: {activity.Title}");
            await db.SaveChangesAsync(cancellationToken);
            return activity.Id;
        }, cancellationToken);

    /// <summary>
    /// Saves an edit; returns how many people were told of it by e-mail (null for an unknown id).
    /// People are told only when what their calendar shows changed (<see cref="CalendarFacts.TellParticipants"/>).
    /// </summary>
    public async Task<int?> ReviseAsync(int id, ActivityForm form, StaffContext by, CancellationToken cancellationToken)
    {
        var told = await writes.RunAsync(async _ =>
        {
            if (await LoadAsync(id, cancellationToken) is not { } activity)
            {
                return (int?)null;
            }

            if (activity.ConcurrencyToken != form.Token)
            {
                throw new EditConflictException(activity.ChangedBy, activity.ChangedAt);
            }

            var phase = await db.TimelinePhases.SingleOrDefaultAsync(p => p.Id == form.PhaseId, cancellationToken)
                ?? throw new ActivityInvalidException(ActivityProblem.WrongPhase);
            var before = activity.CalendarFacts;
            var promoted = activity.Revise(phase, form.ToDetails(), by.UserId, clock.GetUtcNow());

            // The e-mails' calendar files are read back from the database: the edit goes in first (same transaction).
            await db.SaveChangesAsync(cancellationToken);
            foreach (var registration in promoted)
            {
                db.OutboxMessages.Add(await emails.ConfirmedAsync(activity, registration, null, promoted: true, cancellationToken));
            }

            var changed = CalendarFacts.TellParticipants(before, activity.CalendarFacts)
                ? await emails.ChangedAsync(activity, promoted.ToHashSet(), cancellationToken)
                : [];
            db.OutboxMessages.AddRange(changed);
            audit.Record(by.UserId, by.Name, AuditActions.ActivityRevised, Subject(activity),
                $"Version {activity.Sequence}: {activity.Title}; {promoted.Count} promoted from the waiting list; {changed.Count} told of the change");
            await db.SaveChangesAsync(cancellationToken);
            return (int?)changed.Count;
        }, cancellationToken);
        outbox.Notify();
        return told;
    }

    /// <summary>Cancels a registration for the person (e-mailed); a place it held goes to the first waiting, e-mailed too. False for an unknown id.</summary>
    public async Task<bool> CancelRegistrationAsync(int id, int registrationId, StaffContext by, CancellationToken cancellationToken)
    {
        var found = await writes.RunAsync(async _ =>
        {
            if (await LoadAsync(id, cancellationToken) is not { } activity || activity.Registrations.FirstOrDefault(r => r.Id == registrationId) is not { } registration)
            {
                return false;
            }

            if (registration.Status == RegistrationStatus.Cancelled)
            {
                return true;
            }

            var promoted = activity.Cancel(registration, clock.GetUtcNow());
            db.OutboxMessages.Add(await emails.CancelledAsync(activity, registration, byStaff: true, cancellationToken));
            if (promoted is not null)
            {
                db.OutboxMessages.Add(await emails.ConfirmedAsync(activity, promoted, null, promoted: true, cancellationToken));
            }

            audit.Record(by.UserId, by.Name, AuditActions.RegistrationCancelled, Subject(activity),
                $"Registration {registration.Id} cancelled{(promoted is null ? string.Empty : $"; registration {promoted.Id} promoted from the waiting list")}");
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
        outbox.Notify();
        return found;
    }

    /// <summary>Gives a waiting person a place, even when full (staff decide to seat one more). False for an unknown id.</summary>
    public async Task<bool> PromoteAsync(int id, int registrationId, StaffContext by, CancellationToken cancellationToken)
    {
        var found = await writes.RunAsync(async _ =>
        {
            if (await LoadAsync(id, cancellationToken) is not { } activity || activity.Registrations.FirstOrDefault(r => r.Id == registrationId) is not { } registration)
            {
                return false;
            }

            activity.Promote(registration, clock.GetUtcNow());
            db.OutboxMessages.Add(await emails.ConfirmedAsync(activity, registration, null, promoted: true, cancellationToken));
            audit.Record(by.UserId, by.Name, AuditActions.RegistrationPromoted, Subject(activity),
                $"Registration {registration.Id} promoted; {activity.PlacesTaken} of {activity.PublicPlaces} places taken");
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
        outbox.Notify();
        return found;
    }

    /// <summary>Writes a message to everyone registered (confirmed or waiting); returns how many, or null for an unknown id.</summary>
    public async Task<int?> MessageAsync(int id, string subject, string body, StaffContext by, CancellationToken cancellationToken)
    {
        var sent = await writes.RunAsync(async _ =>
        {
            if (await LoadAsync(id, cancellationToken) is not { } activity)
            {
                return (int?)null;
            }

            var recipients = activity.Registrations.Where(r => r.Status is RegistrationStatus.Confirmed or RegistrationStatus.Waiting).ToList();
            foreach (var registration in recipients)
            {
                db.OutboxMessages.Add(await emails.MessageAsync(activity, registration, subject, body, cancellationToken));
            }

            audit.Record(by.UserId, by.Name, AuditActions.ActivityMessageSent, Subject(activity), $"“{subject}” to {recipients.Count} registered");
            await db.SaveChangesAsync(cancellationToken);
            return recipients.Count;
        }, cancellationToken);
        outbox.Notify();
        return sent;
    }

    private Task<Activity?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Activities.Include(a => a.Registrations).Include(a => a.Sessions).AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    private static string Subject(Activity activity) => $"activity {activity.Id}";
}
