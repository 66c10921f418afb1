using ICP.Domain.Common;
using ICP.Infrastructure.Persistence;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Audit;

/// <summary>Reads of the audit log, filtered and paged.</summary>
public sealed class AuditQueries(IcpDbContext db)
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
}
