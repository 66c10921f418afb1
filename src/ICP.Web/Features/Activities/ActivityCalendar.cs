using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using ICP.Domain.Common;

namespace ICP.Web.Features.Activities;

/// <summary>
/// Writes iCalendar (RFC 5545) files with Ical.Net: an activity's "add to calendar" file, the
/// attachment of a confirmation e-mail and the public feed. Timed events carry their place's zone
/// (DTSTART;TZID=…) with a VTIMEZONE for each zone used, so a calendar shows 10:00 Brussels as
/// 16:00 in Singapore; phases are all-day events. UIDs are stable and SEQUENCE counts edits, so a
/// calendar that imported an activity updates it instead of adding a second one.
/// </summary>
public static class ActivityCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    private const string ProductId = "-//European Commission DG REGIO//ICP portal//EN";

    public static string ActivityUid(Guid calendarUid) => $"activity-{calendarUid:D}@icp-portal";

    public static string PhaseUid(string callCode, int order) => $"phase-{callCode}-{order}@icp-portal".ToLowerInvariant();

    public static string Write(IEnumerable<CalendarEntry> entries, string name)
    {
        var list = entries.ToList();
        var calendar = new Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        var timed = list.Where(e => e.StartsAt is not null).ToList();
        if (timed.Count > 0)
        {
            // The zone's rules from the year before the first event on (RRULEs for the current ones).
            var earliest = timed.Min(e => e.StartsAt!.Value).UtcDateTime;
            foreach (var zone in timed.Select(e => e.TimeZoneId!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone, earliest, includeHistoricalData: false));
            }
        }

        foreach (var entry in list)
        {
            var item = new CalendarEvent
            {
                Uid = entry.Uid,
                Sequence = entry.Sequence,
                Summary = entry.Title,
                Description = entry.Description.Length > 0 ? entry.Description : null,
                Location = entry.Location.Length > 0 ? entry.Location : null,
                DtStamp = new CalDateTime(entry.Stamp.UtcDateTime, CalDateTime.UtcTzId),
            };
            if (entry.Url is { } url)
            {
                item.Url = new Uri(url);
            }

            if (entry.StartsAt is { } starts && entry.EndsAt is { } ends && entry.TimeZoneId is { } zoneId)
            {
                var zone = ZonedTime.FindZone(zoneId);
                item.DtStart = new CalDateTime(ZonedTime.InZone(starts, zone).DateTime, zoneId);
                item.DtEnd = new CalDateTime(ZonedTime.InZone(ends, zone).DateTime, zoneId);
            }
            else if (entry.FirstDay is { } first && entry.LastDay is { } last)
            {
                // DTEND of an all-day event is exclusive: the day after the last.
                item.DtStart = new CalDateTime(first);
                item.DtEnd = new CalDateTime(last.AddDays(1));
            }

            calendar.Events.Add(item);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
