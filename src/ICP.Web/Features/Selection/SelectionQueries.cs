using ICP.Domain.Applications;
using ICP.Domain.Evaluation;
using ICP.Domain.Selection;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Calls;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Selection;

/// <summary>Reads for selection boards, and the public results.</summary>
public sealed class SelectionQueries(IcpDbContext db, SelectionBoards boards, TimeProvider clock, IOptions<EvaluationOptions> options, CurrentCall currentCall)
{

    public async Task<IReadOnlyList<GroupSummary>> OverviewAsync(CancellationToken cancellationToken)
    {
        var callId = await CallIdAsync(cancellationToken);
        var groups = await db.QuotaGroups.AsNoTracking().Where(g => g.CallId == callId).OrderBy(g => g.Order)
            .Select(g => new
            {
                g.Code,
                g.Name,
                g.Seats,
                Applications = db.Applications.Count(a => a.CallId == callId && a.QuotaGroupCode == g.Code && a.Status != ApplicationStatus.Draft),
                Evaluated = db.Applications.Count(a => a.CallId == callId && a.QuotaGroupCode == g.Code
                    && db.ApplicationScores.Any(s => s.ApplicationId == a.Id && s.EvaluationCount >= ApplicationScore.MinimumEvaluations)),
            })
            .ToListAsync(cancellationToken);
        var decisions = await DecisionCountsAsync(callId, cancellationToken);
        return [.. groups.Select(g =>
        {
            var group = decisions.Where(d => d.Group == g.Code).ToList();
            return new GroupSummary(g.Code, g.Name, g.Seats, g.Applications, g.Evaluated,
                group.Where(d => SelectionBoard.TakesSeat(d.Outcome, d.Status)).Sum(d => d.Count),
                group.Where(d => d.State == DecisionState.Pending).Sum(d => d.Count),
                group.Where(d => d.State == DecisionState.Released).Sum(d => d.Count));
        })];
    }

    /// <summary>
    /// How many decisions of the call there are per group, outcome, state and application status: a
    /// few dozen rows, to which the board's own definitions (<see cref="SelectionBoard.TakesSeat"/>,
    /// <see cref="SelectionBoard.IsSelected"/>) are applied without loading every board.
    /// </summary>
    private async Task<IReadOnlyList<DecisionCount>> DecisionCountsAsync(int callId, CancellationToken cancellationToken) =>
        await (from d in db.SelectionDecisions.AsNoTracking()
               where d.CallId == callId
               join a in db.Applications on d.ApplicationId equals a.Id
               group d by new { d.QuotaGroupCode, d.Outcome, d.State, a.Status } into g
               select new DecisionCount(g.Key.QuotaGroupCode, g.Key.Outcome, g.Key.State, g.Key.Status, g.Count()))
            .ToListAsync(cancellationToken);

    /// <summary>The group's board; with <paramref name="page"/>, only that page of the ranking is listed.</summary>
    public async Task<BoardPage?> BoardAsync(string groupCode, int? page, CancellationToken cancellationToken)
    {
        var call = await currentCall.LoadAsync(CallShape.Summary, CallAudience.Staff, cancellationToken);
        if (await boards.LoadAsync(call.Id, groupCode, forUpdate: false, cancellationToken) is not { } loaded)
        {
            return null;
        }

        var (board, details) = (loaded.Board, loaded.Details);
        var now = clock.GetUtcNow();
        var ranked = board.Ranking.Select((c, i) =>
            {
                var decision = board.DecisionOn(c.ApplicationId);
                var shown = details[c.ApplicationId];
                return new BoardCandidate(c.ApplicationId, c.Reference, shown.Authority, c.TerritoryCode, c.Status, c.Score, shown.Spread, shown.Evaluations, c.Passes,
                    decision?.Outcome, decision?.State, decision?.ReserveRank, i + 1, board.CanStage(c.ApplicationId, call, now),
                    ApplicationScore.IsBelowThreshold(shown.Evaluations, shown.MeetsThresholds, c.Passes));
            })
            .ToList();
        var proposal = board.ProposeReplacement() is { } proposed ? ranked.Single(c => c.ApplicationId == proposed.ApplicationId) : null;
        var group = board.Group;
        var pages = Paging.PageCount(ranked.Count, BoardPage.PageSize);
        var current = Paging.Clamp(page ?? 1, ranked.Count, BoardPage.PageSize);
        IReadOnlyList<BoardCandidate> listed = page is null ? ranked : [.. ranked.Skip(Paging.Offset(current, BoardPage.PageSize)).Take(BoardPage.PageSize)];
        return new BoardPage(
            group.Code, group.Name, group.Seats, group.PerCountryCap, board.SeatsTaken, board.Pending, board.Released, listed,
            [.. group.Territories.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => new CountryUse(t.Code, board.TakenFrom(t.Code)))],
            proposal, call.StateAt(now) == ICP.Domain.Programme.CallState.Closed,
            options.Value.SpreadLimit,
            current, pages, ranked.Count);
    }

    /// <summary>
    /// The selected cities of the published call, once their group's decisions are released (cities
    /// that withdrew are left out); null when no call is published (the public pages answer 404).
    /// </summary>
    public async Task<IReadOnlyList<SelectedCity>?> ResultsAsync(CancellationToken cancellationToken)
    {
        var published = await currentCall.Query(CallAudience.Public).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
        if (published is not { } callId)
        {
            return null;
        }

        // Narrowed in SQL to released selections; the board's definition then says which cities are selected.
        var rows = await (from d in db.SelectionDecisions.AsNoTracking()
                          where d.CallId == callId && d.State == DecisionState.Released && d.Outcome == DecisionOutcome.Selected
                          join a in db.Applications on d.ApplicationId equals a.Id
                          join l in db.LocalAuthorities on a.LocalAuthorityId equals l.Id
                          join t in db.Territories on a.TerritoryCode equals t.Code
                          join g in db.QuotaGroups on new { a.CallId, Code = a.QuotaGroupCode } equals new { g.CallId, g.Code }
                          select new { d.Outcome, d.State, a.Status, t.Code, t.Name, l.OfficialName, Group = g.Name, g.Order, d.ReleasedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.Where(r => SelectionBoard.IsSelected(r.Outcome, r.State, r.Status)).OrderBy(r => r.Order).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.OfficialName, StringComparer.CurrentCulture)
            .Select(r => new SelectedCity(r.Code, r.Name, r.OfficialName, r.Group, r.ReleasedAt!.Value))];
    }

    private Task<int> CallIdAsync(CancellationToken cancellationToken) => currentCall.IdAsync(cancellationToken);
}
