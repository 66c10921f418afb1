using ICP.Domain.Activities;
using ICP.Domain.Audit;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Activities;

/// <summary>
/// Delegates first, then the public: once a conference's delegates' cut-off has passed (on the
/// portal's clock, with <see cref="Activity.CityPlacesReleaseGrace"/> for a city's request that
/// arrived before it to be decided first), the places kept for the cities and not used go to the public, and the waiting
/// list is served in order, each person promoted e-mailed with their calendar file. One write unit
/// per conference (ADR 12): the release is decided on fresh data under the activity's token, so
/// instances checking at once release it once. Audited as the portal's own act.
/// </summary>
public sealed class CityPlacesRelease(IcpDbContext db, DatabaseWrites writes, ActivityEmails emails, AuditTrail audit, OutboxSignal outbox, TimeProvider clock)
{
    public const string PortalActorId = "portal";

    public const string PortalActorName = "The portal (delegates' cut-off)";

    /// <summary>Releases every conference due at the clock's instant; returns how many people were promoted in all.</summary>
    public async Task<int> ReleaseDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cutoffPassedBy = now - Activity.CityPlacesReleaseGrace;
        var due = await db.Activities.AsNoTracking()
            .Where(a => a.Kind == ActivityKind.ClosingConference && a.CityPlacesReleasedAt == null && a.DelegateCutoff != null && a.DelegateCutoff <= cutoffPassedBy)
            .Select(a => a.Id).ToListAsync(cancellationToken);
        var promoted = 0;
        foreach (var id in due)
        {
            promoted += await ReleaseAsync(id, cancellationToken);
        }

        if (promoted > 0)
        {
            outbox.Notify();
        }

        return promoted;
    }

    private Task<int> ReleaseAsync(int id, CancellationToken cancellationToken) =>
        writes.RunAsync(async token =>
        {
            var now = clock.GetUtcNow();
            var conference = await db.Activities.Include(a => a.Registrations).SingleAsync(a => a.Id == id, token);
            if (!conference.CityPlacesDueForRelease(now))
            {
                return 0;
            }

            var delegates = await (from d in db.Delegations where d.ActivityId == id join x in db.VisitDelegates on d.Id equals x.DelegationId select x.Id).CountAsync(token);
            var unused = Math.Max(0, conference.PlacesForCities - delegates);
            var promoted = conference.ReleaseCityPlaces(delegates, now);

            // The calendar files the e-mails carry are read back from the database: the release goes in first (same transaction).
            await db.SaveChangesAsync(token);
            foreach (var registration in promoted)
            {
                db.OutboxMessages.Add(await emails.ConfirmedAsync(conference, registration, null, promoted: true, token));
            }

            audit.Record(PortalActorId, PortalActorName, AuditActions.CityPlacesReleased, $"activity {conference.Id}",
                $"{conference.Title}: {delegates} of {conference.PlacesForCities} kept places used by the cities' delegates; {unused} given to the public; {promoted.Count} promoted from the waiting list");
            await db.SaveChangesAsync(token);
            return promoted.Count;
        }, cancellationToken);
}
