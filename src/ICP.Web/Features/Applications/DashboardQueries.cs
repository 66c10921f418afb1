using ICP.Domain.Applications;
using ICP.Domain.Common;
using ICP.Domain.Selection;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Applications;

/// <summary>The staff dashboard: how the call's applications stand, counted in a few grouped queries.</summary>
public sealed class DashboardQueries(IcpDbContext db, CurrentCall currentCall)
{
    public async Task<DashboardData> DashboardAsync(CancellationToken cancellationToken)
    {
        var call = await currentCall.LoadAsync(CallShape.QuotaGroups | CallShape.ThemesAndPhases, CallAudience.Staff, cancellationToken);
        var statuses = await db.Applications.AsNoTracking().Where(a => a.CallId == call.Id).GroupBy(a => a.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var groups = await db.Applications.AsNoTracking().Where(a => a.CallId == call.Id && a.Status != ApplicationStatus.Draft)
            .GroupBy(a => a.QuotaGroupCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        // Released selections per group, counted by the board's definition of a selected city.
        var released = await (from d in db.SelectionDecisions.AsNoTracking()
                              where d.CallId == call.Id && d.State == DecisionState.Released && d.Outcome == DecisionOutcome.Selected
                              join a in db.Applications on d.ApplicationId equals a.Id
                              group d by new { d.QuotaGroupCode, d.Outcome, d.State, a.Status } into g
                              select new { g.Key.QuotaGroupCode, g.Key.Outcome, g.Key.State, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        var selected = released.Where(r => SelectionBoard.IsSelected(r.Outcome, r.State, r.Status))
            .GroupBy(r => r.QuotaGroupCode).Select(g => new { g.Key, Count = g.Sum(r => r.Count) }).ToList();
        var themes = await db.Applications.AsNoTracking()
            .Where(a => a.CallId == call.Id && a.SubmittedVersions > 0 && a.Status != ApplicationStatus.Withdrawn)
            .GroupBy(a => a.LatestPrimaryThemeId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var submissions = await db.ApplicationVersions.AsNoTracking()
            .Where(v => db.Applications.Any(a => a.Id == v.ApplicationId && a.CallId == call.Id))
            .Select(v => v.SubmittedAt).ToListAsync(cancellationToken);
        var perDay = submissions.GroupBy(s => ZonedTime.DateIn(s, call.Zone)).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList();
        return new DashboardData(
            [.. Enum.GetValues<ApplicationStatus>().Select(s => (s.ToString(), statuses.FirstOrDefault(x => x.Key == s)?.Count ?? 0))],
            [.. call.QuotaGroups.OrderBy(g => g.Order).Select(g => (g.Code, groups.FirstOrDefault(x => x.Key == g.Code)?.Count ?? 0, g.Seats, selected.FirstOrDefault(x => x.Key == g.Code)?.Count ?? 0))],
            [.. call.Themes.OrderBy(t => t.Order).Select(t => (t.Name, themes.FirstOrDefault(x => x.Key == t.Id)?.Count ?? 0))],
            perDay,
            statuses.Sum(s => s.Count),
            statuses.Where(s => s.Key != ApplicationStatus.Draft).Sum(s => s.Count));
    }
}
