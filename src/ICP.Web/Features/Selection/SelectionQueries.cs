using ICP.Domain.Applications;
using ICP.Domain.Evaluation;
using ICP.Domain.Programme;
using ICP.Domain.Selection;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Selection;

public sealed record BoardCandidate(
    int ApplicationId, string Reference, string Authority, string Country, ApplicationStatus Status, decimal? Score, decimal? Spread, int Evaluations,
    bool Passes, DecisionOutcome? Outcome, DecisionState? State, int? ReserveRank, int Rank);

public sealed record CountryUse(string Country, int Selected);

/// <summary>
/// A quota group's board. <see cref="Candidates"/> is one page of the ranking (or all of it when no
/// page was asked for); the counts, the cap use and the proposal always cover the whole group.
/// </summary>
public sealed record BoardPage(
    string GroupCode, string GroupName, int Seats, int? PerCountryCap, int SeatsTaken, int Pending, int Released, IReadOnlyList<BoardCandidate> Candidates,
    IReadOnlyList<CountryUse> Countries, BoardCandidate? ProposedReplacement, bool CallClosed, decimal SpreadLimit,
    int Page = 1, int Pages = 1, int TotalCandidates = 0)
{
    /// <summary>Candidates per page: a board of thousands is read from the top, and each row carries a form.</summary>
    public const int PageSize = 100;
}

public sealed record GroupSummary(string Code, string Name, int Seats, int Applications, int Evaluated, int Selected, int Pending, int Released);

public sealed record SelectedCity(string CountryCode, string Country, string City, string QuotaGroup, DateTimeOffset ReleasedAt);

/// <summary>Reads for selection boards, and the public results.</summary>
public sealed class SelectionQueries(IcpDbContext db, TimeProvider clock, IConfiguration configuration)
{
    private string CallCode => configuration.CallCode();

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
                Selected = db.SelectionDecisions.Count(d => d.CallId == callId && d.QuotaGroupCode == g.Code && d.Outcome == DecisionOutcome.Selected
                    && !db.Applications.Any(a => a.Id == d.ApplicationId && a.Status == ApplicationStatus.Declined)),
                Pending = db.SelectionDecisions.Count(d => d.CallId == callId && d.QuotaGroupCode == g.Code && d.State == DecisionState.Pending),
                Released = db.SelectionDecisions.Count(d => d.CallId == callId && d.QuotaGroupCode == g.Code && d.State == DecisionState.Released),
            })
            .ToListAsync(cancellationToken);
        return [.. groups.Select(g => new GroupSummary(g.Code, g.Name, g.Seats, g.Applications, g.Evaluated, g.Selected, g.Pending, g.Released))];
    }

    /// <summary>The group's board; with <paramref name="page"/>, only that page of the ranking is listed.</summary>
    public async Task<BoardPage?> BoardAsync(string groupCode, int? page, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().Include(c => c.DeadlineExtensions).SingleAsync(c => c.Code == CallCode, cancellationToken);
        var group = await db.QuotaGroups.AsNoTracking().Include(g => g.Territories).SingleOrDefaultAsync(g => g.CallId == call.Id && g.Code == groupCode, cancellationToken);
        if (group is null)
        {
            return null;
        }

        var rows = await (from a in db.Applications.AsNoTracking()
                          where a.CallId == call.Id && a.QuotaGroupCode == groupCode && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn
                          join l in db.LocalAuthorities on a.LocalAuthorityId equals l.Id
                          join s in db.ApplicationScores on a.Id equals s.ApplicationId into scores
                          from s in scores.DefaultIfEmpty()
                          join d in db.SelectionDecisions on a.Id equals d.ApplicationId into decisions
                          from d in decisions.DefaultIfEmpty()
                          select new
                          {
                              a.Id, a.Reference, l.OfficialName, a.TerritoryCode, a.Status,
                              Mean = s == null ? null : s.Mean, Spread = s == null ? null : s.Spread, Count = s == null ? 0 : s.EvaluationCount, Passes = s != null && s.Passes,
                              Outcome = d == null ? (DecisionOutcome?)null : d.Outcome, State = d == null ? (DecisionState?)null : d.State, Rank = d == null ? null : d.ReserveRank,
                              LastSubmitted = db.ApplicationVersions.Where(v => v.ApplicationId == a.Id).Max(v => (DateTimeOffset?)v.SubmittedAt),
                          }).ToListAsync(cancellationToken);

        // Ranking within the group: consolidated score, then the earlier final submission, then the reference.
        var ranked = rows.OrderByDescending(r => r.Mean ?? -1).ThenBy(r => r.LastSubmitted).ThenBy(r => r.Reference, StringComparer.Ordinal)
            .Select((r, i) => new BoardCandidate(r.Id, r.Reference, r.OfficialName, r.TerritoryCode, r.Status, r.Mean, r.Spread, r.Count, r.Passes, r.Outcome, r.State, r.Rank, i + 1))
            .ToList();
        var selected = ranked.Where(c => c.Outcome == DecisionOutcome.Selected && c.Status != ApplicationStatus.Declined).ToList();
        var proposal = ranked.Any(c => c.Status == ApplicationStatus.Declined) && selected.Count < group.Seats
            ? ranked.Where(c => c.Outcome == DecisionOutcome.Reserve && c.State == DecisionState.Released && c.Status == ApplicationStatus.Reserve)
                .OrderBy(c => c.ReserveRank)
                .FirstOrDefault(c => group.PerCountryCap is not { } cap || selected.Count(s => s.Country == c.Country) < cap)
            : null;
        var pages = Paging.PageCount(ranked.Count, BoardPage.PageSize);
        var current = Paging.Clamp(page ?? 1, ranked.Count, BoardPage.PageSize);
        IReadOnlyList<BoardCandidate> listed = page is null ? ranked : [.. ranked.Skip(Paging.Offset(current, BoardPage.PageSize)).Take(BoardPage.PageSize)];
        return new BoardPage(
            group.Code, group.Name, group.Seats, group.PerCountryCap, selected.Count,
            ranked.Count(c => c.State == DecisionState.Pending), ranked.Count(c => c.State == DecisionState.Released), listed,
            [.. group.Territories.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => new CountryUse(t.Code, selected.Count(s => s.Country == t.Code)))],
            proposal, call.StateAt(clock.GetUtcNow()) == ICP.Domain.Programme.CallState.Closed,
            configuration.SpreadLimit(),
            current, pages, ranked.Count);
    }

    /// <summary>
    /// The selected cities of the published call, once their group's decisions are released (cities
    /// that withdrew are left out); null when no call is published (the public pages answer 404).
    /// </summary>
    public async Task<IReadOnlyList<SelectedCity>?> ResultsAsync(CancellationToken cancellationToken)
    {
        var published = await db.Calls.Where(c => c.Code == CallCode && c.Status == CallStatus.Published).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
        if (published is not { } callId)
        {
            return null;
        }

        var rows = await (from d in db.SelectionDecisions.AsNoTracking()
                          where d.CallId == callId && d.State == DecisionState.Released && d.Outcome == DecisionOutcome.Selected
                          join a in db.Applications on d.ApplicationId equals a.Id
                          where a.Status == ApplicationStatus.Selected
                          join l in db.LocalAuthorities on a.LocalAuthorityId equals l.Id
                          join t in db.Territories on a.TerritoryCode equals t.Code
                          join g in db.QuotaGroups on new { a.CallId, Code = a.QuotaGroupCode } equals new { g.CallId, g.Code }
                          select new { t.Code, t.Name, l.OfficialName, Group = g.Name, g.Order, d.ReleasedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Order).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.OfficialName, StringComparer.CurrentCulture)
            .Select(r => new SelectedCity(r.Code, r.Name, r.OfficialName, r.Group, r.ReleasedAt!.Value))];
    }

    private async Task<int> CallIdAsync(CancellationToken cancellationToken) =>
        await db.Calls.Where(c => c.Code == CallCode).Select(c => c.Id).SingleAsync(cancellationToken);
}
