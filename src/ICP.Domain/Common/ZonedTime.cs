namespace ICP.Domain.Common;

/// <summary>
/// Conversions between UTC instants (what the portal stores) and wall-clock time in a named zone
/// (what people read, e.g. "15 November 2021, 23:59:59 Brussels time").
/// </summary>
public static class ZonedTime
{
    /// <summary>The zone every EU call states its deadlines in.</summary>
    public const string BrusselsZoneId = "Europe/Brussels";

    public static TimeZoneInfo FindZone(string zoneId) => TimeZoneInfo.FindSystemTimeZoneById(zoneId);

    /// <summary>
    /// The instant at which the clocks in <paramref name="zone"/> show <paramref name="local"/>.
    /// A wall-clock time skipped by a DST change is rejected; one that happens twice takes the
    /// earlier instant (standard time rules agree with EU calls, which never sit in those hours).
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            throw new InvalidProgrammeDataException(
                $"{unspecified:yyyy-MM-dd HH:mm:ss} does not exist in {zone.Id} (clocks skip it).");
        }

        TimeSpan offset;
        if (zone.IsAmbiguousTime(unspecified))
        {
            offset = zone.GetAmbiguousTimeOffsets(unspecified).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(unspecified);
        }

        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }

    /// <summary>The wall-clock reading in <paramref name="zone"/> at <paramref name="instant"/>.</summary>
    public static DateTimeOffset InZone(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone);

    /// <summary>The instant <paramref name="date"/> begins in <paramref name="zone"/> (its wall-clock midnight).</summary>
    public static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone) =>
        ToInstant(date.ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>The calendar date in <paramref name="zone"/> at <paramref name="instant"/>.</summary>
    public static DateOnly DateIn(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(InZone(instant, zone).DateTime);
}
