using ICP.Domain.Applications;
using ICP.Domain.Selection;
using ICP.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Selection;

/// <summary>
/// Loads a quota group's <see cref="SelectionBoard"/>: the one shape the board page, the overview
/// and every selection write use, so they all apply the same rules to the same candidates
/// (every application of the group that was submitted and not withdrawn).
/// </summary>
public sealed class SelectionBoards(IcpDbContext db)
{
    /// <summary>The group's board; <paramref name="forUpdate"/> tracks the group and its decisions so a workflow can save them.</summary>
    public async Task<LoadedBoard?> LoadAsync(int callId, string groupCode, bool forUpdate, CancellationToken cancellationToken)
    {
        var groups = forUpdate ? db.QuotaGroups : db.QuotaGroups.AsNoTracking();
        var group = await groups.Include(g => g.Territories).SingleOrDefaultAsync(g => g.CallId == callId && g.Code == groupCode, cancellationToken);
        if (group is null)
        {
            return null;
        }

        var decisions = forUpdate ? db.SelectionDecisions : db.SelectionDecisions.AsNoTracking();
        var decided = await decisions.Where(d => d.CallId == callId && d.QuotaGroupCode == groupCode).ToListAsync(cancellationToken);
        var rows = await (from a in db.Applications.AsNoTracking()
                          where a.CallId == callId && a.QuotaGroupCode == groupCode && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn
                          join l in db.LocalAuthorities on a.LocalAuthorityId equals l.Id
                          join s in db.ApplicationScores on a.Id equals s.ApplicationId into scores
                          from s in scores.DefaultIfEmpty()
                          select new
                          {
                              a.Id, a.Reference, a.LocalAuthorityId, l.OfficialName, a.TerritoryCode, a.Status,
                              Mean = s == null ? null : s.Mean, Spread = s == null ? null : s.Spread, Count = s == null ? 0 : s.EvaluationCount, Passes = s != null && s.Passes, MeetsThresholds = s != null && s.MeetsThresholds,
                              LastSubmitted = db.ApplicationVersions.Where(v => v.ApplicationId == a.Id).Max(v => (DateTimeOffset?)v.SubmittedAt),
                          }).ToListAsync(cancellationToken);
        var board = new SelectionBoard(group, callId, decided,
            rows.Select(r => new Candidate(r.Id, r.Reference, r.LocalAuthorityId, r.TerritoryCode, r.Status, r.Mean, r.Passes, r.LastSubmitted)));
        return new LoadedBoard(board, rows.ToDictionary(r => r.Id, r => new CandidateDetails(r.OfficialName, r.Spread, r.Count, r.MeetsThresholds)));
    }
}
