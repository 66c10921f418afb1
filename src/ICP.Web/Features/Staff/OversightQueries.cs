using ICP.Domain.Applications;
using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Domain.Messaging;
using ICP.Domain.Selection;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Calls;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Staff;

public sealed class AuditFilter
{
    public string? Action { get; set; }

    public string? Actor { get; set; }

    public string? Subject { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;

    public const int PageSize = 100;

    public string Query(int? page = null) =>
        "?" + string.Join('&', new[]
        {
            Action is { Length: > 0 } ? $"action={Uri.EscapeDataString(Action)}" : null,
            Actor is { Length: > 0 } ? $"actor={Uri.EscapeDataString(Actor)}" : null,
            Subject is { Length: > 0 } ? $"subject={Uri.EscapeDataString(Subject)}" : null,
            From is { } from ? $"from={from:yyyy-MM-dd}" : null,
            To is { } to ? $"to={to:yyyy-MM-dd}" : null,
            $"page={page ?? Page}",
        }.Where(p => p is not null));
}

public sealed record AuditRow(DateTimeOffset At, string Actor, string Action, string Subject, string Details, string Reason);

public sealed record AuditPage(AuditFilter Filter, IReadOnlyList<AuditRow> Rows, int Total)
{
    public int Pages => Paging.PageCount(Total, AuditFilter.PageSize);
}

public sealed record MessageRow(
    long Id, DateTimeOffset CreatedAt, string To, string Subject, string Kind, string? Reference, DeliveryState State, int Attempts, DateTimeOffset? SentAt,
    string? LastError, bool CanRetry);

public sealed record DashboardData(
    IReadOnlyList<(string Label, int Count)> ByStatus, IReadOnlyList<(string Group, int Applications, int Seats, int Selected)> ByGroup,
    IReadOnlyList<(string Theme, int Count)> ByTheme, IReadOnlyList<(DateOnly Day, int Count)> SubmissionsPerDay, int Total, int Submitted);

/// <summary>Reads for oversight: the audit log, the e-mail outbox, the dashboard.</summary>
public sealed class OversightQueries(IcpDbContext db, CurrentCall currentCall)
{

    public async Task<AuditPage> AuditAsync(AuditFilter filter, bool all, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking().AsQueryable();
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            query = query.Where(e => e.ActorName.Contains(filter.Actor.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(filter.Subject))
        {
            query = query.Where(e => e.Subject.Contains(filter.Subject.Trim()));
        }

        var brussels = ZonedTime.FindZone(ZonedTime.BrusselsZoneId);
        if (filter.From is { } from)
        {
            from = WithinRecords(from);
            var start = ZonedTime.ToInstant(from.ToDateTime(TimeOnly.MinValue), brussels);
            query = query.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            to = WithinRecords(to);
            var end = ZonedTime.ToInstant(to.AddDays(1).ToDateTime(TimeOnly.MinValue), brussels);
            query = query.Where(e => e.At < end);
        }

        var total = await query.CountAsync(cancellationToken);
        filter.Page = Paging.Clamp(filter.Page, total, AuditFilter.PageSize);
        var ordered = query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id);
        var rows = await (all ? ordered : ordered.Skip(Paging.Offset(filter.Page, AuditFilter.PageSize)).Take(AuditFilter.PageSize))
            .Select(e => new AuditRow(e.At, e.ActorName, e.Action, e.Subject, e.Details, e.Reason))
            .ToListAsync(cancellationToken);
        return new AuditPage(filter, rows, total);
    }

    /// <summary>
    /// A filter date within the years any record can have: 0001-01-01 or 9999-12-31 mean "no limit",
    /// but as instants in Brussels they fall outside what a date can hold.
    /// </summary>
    private static DateOnly WithinRecords(DateOnly date) => date < EarliestRecord ? EarliestRecord : date > LatestRecord ? LatestRecord : date;

    private static readonly DateOnly EarliestRecord = new(2000, 1, 1);

    private static readonly DateOnly LatestRecord = new(2999, 12, 31);

    public async Task<IReadOnlyList<MessageRow>> MessagesAsync(DeliveryState? state, string? reference, CancellationToken cancellationToken)
    {
        var query = db.OutboxMessages.AsNoTracking().AsQueryable();
        if (state is { } s)
        {
            query = query.Where(m => m.State == s);
        }

        if (!string.IsNullOrWhiteSpace(reference))
        {
            query = query.Where(m => m.RelatedReference == reference.Trim());
        }

        var latest = query.OrderByDescending(m => m.Id).Take(500);
        var retryable = (await latest.Where(OutboxMessage.Retryable).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
        var rows = await latest
            .Select(m => new { m.Id, m.CreatedAt, m.To, m.Subject, m.Kind, m.RelatedReference, m.State, m.Attempts, m.SentAt, m.LastError })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new MessageRow(m.Id, m.CreatedAt, m.To, m.Subject, m.Kind, m.RelatedReference, m.State, m.Attempts, m.SentAt, m.LastError,
            retryable.Contains(m.Id)))];
    }

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
