using ICP.Domain.Activities;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Email;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Activities;

/// <summary>
/// The public registration journey: register (an e-mail with a confirmation link; the place is not
/// held yet), confirm (a place, or the waiting list), cancel (the first person waiting is promoted
/// and told). Each step is one write unit (ADR 12) judged at the instant the request arrived; the
/// e-mails are written in the same unit, so one exists if and only if its change committed.
/// </summary>
public sealed class RegistrationWorkflow(IcpDbContext db, DatabaseWrites writes, ActivityEmails emails, RecipientThrottle throttle, OutboxSignal outbox)
{
    /// <summary>
    /// Registers the visitor, or (the address already registered) writes to the address instead;
    /// returns false only for an activity that is not public or takes no registration. The visitor
    /// is answered the same either way, and when the address has had its hourly share of such
    /// e-mails nothing is written at all: nobody can learn who registered, or flood an inbox.
    /// </summary>
    public async Task<bool> RegisterAsync(int activityId, RegistrationForm form, string culture, DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        var found = await writes.RunAsync(async _ =>
        {
            var activity = await db.Activities.Include(a => a.Registrations).SingleOrDefaultAsync(a => a.Id == activityId && a.IsPublic, cancellationToken);
            if (activity is null || !activity.TakesPublicRegistrations)
            {
                return false;
            }

            activity.EnsureRegistrationOpen(arrivedAt);
            if (!await throttle.AllowsAsync(form.Email, cancellationToken))
            {
                return true;
            }

            var (confirm, confirmHash) = RegistrationToken.New();
            var (cancel, cancelHash) = RegistrationToken.New();
            var attempt = activity.Register(
                new RegistrationRequest(form.Name, form.Email, form.Organisation, form.CountryCode, form.Consent, culture), confirmHash, cancelHash, arrivedAt);
            db.OutboxMessages.Add(attempt.IsNew
                ? await emails.ConfirmLinkAsync(activity, attempt.Registration, confirm, cancellationToken)
                : await emails.AlreadyRegisteredAsync(activity, attempt.Registration, confirm, cancel, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
        outbox.Notify();
        return found;
    }

    /// <summary>Confirms the registration whose link this is: a place if one is free, else the waiting list. Closed from the activity's start.</summary>
    public async Task<RegistrationOutcome> ConfirmAsync(string token, DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        var outcome = await writes.RunAsync(async _ =>
        {
            var hash = RegistrationToken.Hash(token);
            if (await ActivityOfAsync(r => r.ConfirmTokenHash == hash, cancellationToken) is not { } activity)
            {
                return RegistrationOutcome.LinkNotValid;
            }

            var registration = activity.Registrations.Single(r => r.ConfirmTokenHash == hash);
            if (registration.Status != RegistrationStatus.AwaitingConfirmation)
            {
                // Followed again: nothing changes, and no second e-mail.
                return activity.Confirm(registration, arrivedAt) == RegistrationStatus.Confirmed ? RegistrationOutcome.Confirmed : RegistrationOutcome.Waiting;
            }

            var status = activity.Confirm(registration, arrivedAt);
            var (cancel, cancelHash) = RegistrationToken.New();
            activity.RenewCancelLink(registration, cancelHash);
            db.OutboxMessages.Add(status == RegistrationStatus.Confirmed
                ? await emails.ConfirmedAsync(activity, registration, cancel, promoted: false, cancellationToken)
                : await emails.WaitingAsync(activity, registration, cancel, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return status == RegistrationStatus.Confirmed ? RegistrationOutcome.Confirmed : RegistrationOutcome.Waiting;
        }, cancellationToken);
        outbox.Notify();
        return outcome;
    }

    /// <summary>Cancels the registration whose cancel link this is; a place it held goes to the first person waiting, who is e-mailed.</summary>
    public async Task<RegistrationOutcome> CancelAsync(string token, DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        var outcome = await writes.RunAsync(async _ =>
        {
            var hash = RegistrationToken.Hash(token);
            if (await ActivityOfAsync(r => r.CancelTokenHash == hash, cancellationToken) is not { } activity)
            {
                return RegistrationOutcome.LinkNotValid;
            }

            var registration = activity.Registrations.Single(r => r.CancelTokenHash == hash);
            if (registration.Status == RegistrationStatus.Cancelled)
            {
                return RegistrationOutcome.Cancelled;
            }

            var promoted = activity.Cancel(registration, arrivedAt);
            db.OutboxMessages.Add(await emails.CancelledAsync(activity, registration, byStaff: false, cancellationToken));
            if (promoted is not null)
            {
                db.OutboxMessages.Add(await emails.ConfirmedAsync(activity, promoted, null, promoted: true, cancellationToken));
            }

            await db.SaveChangesAsync(cancellationToken);
            return RegistrationOutcome.Cancelled;
        }, cancellationToken);
        outbox.Notify();
        return outcome;
    }

    private async Task<Activity?> ActivityOfAsync(System.Linq.Expressions.Expression<Func<ActivityRegistration, bool>> link, CancellationToken cancellationToken)
    {
        var activityId = await db.ActivityRegistrations.Where(link).Select(r => (int?)r.ActivityId).SingleOrDefaultAsync(cancellationToken);
        return activityId is null
            ? null
            : await db.Activities.Include(a => a.Registrations).SingleAsync(a => a.Id == activityId, cancellationToken);
    }
}
