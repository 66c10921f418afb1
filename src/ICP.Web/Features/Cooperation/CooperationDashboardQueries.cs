using ICP.Domain.Activities;
using ICP.Domain.Cooperation;
using ICP.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Cooperation;

/// <summary>The staff dashboard of the cooperation phase; counts only, each with one definition (the domain's statuses).</summary>
public sealed class CooperationDashboardQueries(IcpDbContext db, CooperationQueries cooperation)
{
    public async Task<CooperationDashboard> DashboardAsync(CancellationToken cancellationToken)
    {
        var callId = await cooperation.CallIdAsync(cancellationToken);
        var participating = (await cooperation.SelectedCitiesAsync(callId, cancellationToken)).Count;
        var sessions = await db.Activities.AsNoTracking()
            .Where(a => a.CallId == callId && a.Kind != ActivityKind.StudyVisit)
            .Select(a => new SessionFigures(a.Id, a.Kind, a.Title, a.StartsAt, a.Capacity,
                a.Registrations.Count(r => r.Status == RegistrationStatus.Confirmed), a.Registrations.Count(r => r.Status == RegistrationStatus.Waiting),
                db.ActivityOutputs.Count(o => o.ActivityId == a.Id)))
            .ToListAsync(cancellationToken);
        var visits = await db.Activities.AsNoTracking()
            .Where(a => a.CallId == callId && (a.Kind == ActivityKind.StudyVisit || (a.Kind == ActivityKind.ClosingConference && a.DelegateLimitPerCity != null)))
            .Select(a => new VisitFigures(a.Id, a.Title, a.StartsAt, a.Kind == ActivityKind.StudyVisit ? a.HostCity : a.Place,
                db.Delegations.Count(d => d.ActivityId == a.Id && db.VisitDelegates.Any(x => x.DelegationId == d.Id)),
                db.Delegations.Where(d => d.ActivityId == a.Id).Join(db.VisitDelegates, d => d.Id, x => x.DelegationId, (d, x) => x.Id).Count(),
                a.DelegateLimitPerCity ?? 0,
                db.ActivityOutputs.Count(o => o.ActivityId == a.Id)))
            .ToListAsync(cancellationToken);
        var outputs = await db.CityOutputs.AsNoTracking().GroupBy(o => o.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(OutputState state) => outputs.Where(o => o.Key == state).Sum(o => o.Count);
        return new CooperationDashboard(
            participating,
            [.. sessions.OrderBy(s => s.StartsAt)],
            [.. visits.OrderBy(v => v.StartsAt)],
            outputs.Sum(o => o.Count), Count(OutputState.Received), Count(OutputState.Published));
    }
}
