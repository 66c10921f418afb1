using ICP.Domain.Activities;
using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Domain.Cooperation;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Activities;
using ICP.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Cooperation;

/// <summary>
/// Changes to the delegations of a study visit or the closing conference: a participating city
/// adds or removes its delegates while the activity accepts them (judged at the request's arrival),
/// staff at any time for any participating city. Each change is one unit of the write policy
/// (ADR 12), decided on fresh data (the limits hold however many officers add at once: the change
/// renews the activity's token too), and audited. A conference place a delegate frees after the
/// cities' places were released goes to the first waiting member of the public, e-mailed.
/// </summary>
public sealed class DelegationWorkflow(
    IcpDbContext db, DatabaseWrites writes, CooperationQueries cooperation, ActivityEmails emails, OutboxSignal outbox, AuditTrail audit, TimeProvider clock)
{
    public async Task AddForCityAsync(ApplicantContext who, int activityId, DelegateForm form, DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        var city = await cooperation.ParticipatingCityAsync(who, cancellationToken) ?? throw new NotFoundException($"Activity {activityId}");
        await AddAsync(activityId, city, form, arrivedAt, who.UserId, who.Name, byStaff: false, cancellationToken);
    }

    public async Task RemoveForCityAsync(ApplicantContext who, int activityId, int delegateId, DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        var city = await cooperation.ParticipatingCityAsync(who, cancellationToken) ?? throw new NotFoundException($"Activity {activityId}");
        await RemoveAsync(activityId, city, delegateId, arrivedAt, who.UserId, who.Name, byStaff: false, cancellationToken);
    }

    public async Task AddForStaffAsync(StaffContext by, int activityId, int applicationId, DelegateForm form, CancellationToken cancellationToken) =>
        await AddAsync(activityId, await SelectedAsync(applicationId, cancellationToken), form, clock.GetUtcNow(), by.UserId, by.Name, byStaff: true, cancellationToken);

    /// <summary>Staff remove a delegate, also of a city that no longer takes part (it declined).</summary>
    public async Task RemoveForStaffAsync(StaffContext by, int activityId, int delegateId, CancellationToken cancellationToken)
    {
        var applicationId = await db.Delegations.AsNoTracking().Where(d => d.ActivityId == activityId && d.Delegates.Any(x => x.Id == delegateId))
            .Select(d => (int?)d.ApplicationId).SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException($"Delegate {delegateId}");
        var reference = await db.Applications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => a.Reference).SingleAsync(cancellationToken);
        await RemoveAsync(activityId, new CityCard(applicationId, reference, string.Empty, string.Empty, string.Empty, false, []), delegateId, clock.GetUtcNow(), by.UserId, by.Name, byStaff: true, cancellationToken);
    }

    private Task AddAsync(int activityId, CityCard city, DelegateForm form, DateTimeOffset at, string userId, string userName, bool byStaff, CancellationToken cancellationToken) =>
        writes.RunAsync(async token =>
        {
            var visit = await VisitAsync(activityId, token);
            var delegation = await db.Delegations.Include(d => d.Delegates).SingleOrDefaultAsync(d => d.ActivityId == activityId && d.ApplicationId == city.ApplicationId, token);
            if (delegation is null)
            {
                delegation = new Delegation(visit, city.ApplicationId, userId, at);
                db.Delegations.Add(delegation);
            }

            var added = delegation.Add(visit, await AllDelegatesAsync(activityId, token), form.Name, form.Role, form.Email, at, userId, byStaff);
            audit.Record(userId, userName, AuditActions.DelegateAdded, city.Reference, $"{visit.Title}: {added.Name}, {added.Role}{(byStaff ? " (by staff)" : string.Empty)}");
            await db.SaveChangesAsync(token);
        }, cancellationToken);

    private async Task RemoveAsync(int activityId, CityCard city, int delegateId, DateTimeOffset at, string userId, string userName, bool byStaff, CancellationToken cancellationToken)
    {
        await writes.RunAsync(async token =>
        {
            var visit = await VisitAsync(activityId, token);
            var delegation = await db.Delegations.Include(d => d.Delegates).SingleOrDefaultAsync(d => d.ActivityId == activityId && d.ApplicationId == city.ApplicationId, token)
                ?? throw new NotFoundException($"Delegate {delegateId}");
            var (removed, promoted) = delegation.Remove(visit, await AllDelegatesAsync(activityId, token), delegateId, at, userId, byStaff);
            await db.SaveChangesAsync(token);
            foreach (var registration in promoted)
            {
                db.OutboxMessages.Add(await emails.ConfirmedAsync(visit, registration, null, promoted: true, token));
            }

            audit.Record(userId, userName, AuditActions.DelegateRemoved, city.Reference,
                $"{visit.Title}: {removed.Name}, {removed.Role}{(byStaff ? " (by staff)" : string.Empty)}{(promoted.Count > 0 ? $"; the place went to registration {promoted[0].Id} from the waiting list" : string.Empty)}");
            await db.SaveChangesAsync(token);
        }, cancellationToken);
        outbox.Notify();
    }

    /// <summary>The activity taking delegates (a study visit or the conference), with its registrations (a freed conference place goes to the first waiting).</summary>
    private async Task<Activity> VisitAsync(int activityId, CancellationToken cancellationToken)
    {
        var callId = await cooperation.CallIdAsync(cancellationToken);
        return await db.Activities.Include(a => a.Registrations)
                .SingleOrDefaultAsync(
                    a => a.Id == activityId && a.CallId == callId
                        && (a.Kind == ActivityKind.StudyVisit || (a.Kind == ActivityKind.ClosingConference && a.DelegateLimitPerCity != null)),
                    cancellationToken)
            ?? throw new NotFoundException($"Activity with delegates {activityId}");
    }

    /// <summary>Every city's delegates for the activity, read in the unit that changes them.</summary>
    private Task<int> AllDelegatesAsync(int activityId, CancellationToken cancellationToken) =>
        (from d in db.Delegations where d.ActivityId == activityId join x in db.VisitDelegates on d.Id equals x.DelegationId select x.Id).CountAsync(cancellationToken);

    private async Task<CityCard> SelectedAsync(int applicationId, CancellationToken cancellationToken)
    {
        var callId = await cooperation.CallIdAsync(cancellationToken);
        return (await cooperation.SelectedCitiesAsync(callId, cancellationToken)).FirstOrDefault(c => c.ApplicationId == applicationId)
            ?? throw new CityNotSelectedException(applicationId);
    }
}
