using System.Globalization;
using ICP.Domain.Common;

namespace ICP.Web.Mvc;

/// <summary>
/// How dates read on the portal, in the visitor's language: "15 November 2021", "April 2022",
/// "15 November 2021, 23:59:59"; "15 de noviembre de 2021", "15 de novembre de 2021". EU style: day
/// before month, 24-hour clock.
/// </summary>
public static class DisplayFormats
{
    public static string Date(DateOnly date) => date.ToString(DatePattern(), CultureInfo.CurrentCulture);

    public static string MonthYear(DateOnly date)
    {
        // Built from parts: in Catalan a pattern holding a 'd' (even in the literal 'de') makes .NET
        // choose the genitive month ("d’abril de 2022"), which is right after a day only.
        var culture = CultureInfo.CurrentCulture;
        return date.ToString("MMMM", culture) + YearJoiner(culture).Replace("'", string.Empty, StringComparison.Ordinal)
            + date.ToString("yyyy", culture);
    }

    public static string DateIn(DateTimeOffset instant, string zoneId) =>
        ZonedTime.InZone(instant, ZonedTime.FindZone(zoneId)).ToString(DatePattern(), CultureInfo.CurrentCulture);

    public static string DateTimeIn(DateTimeOffset instant, string zoneId) =>
        ZonedTime.InZone(instant, ZonedTime.FindZone(zoneId)).ToString(DatePattern() + ", HH:mm:ss", CultureInfo.CurrentCulture);

    public static string ShortDateTimeIn(DateTimeOffset instant, string zoneId) =>
        ZonedTime.InZone(instant, ZonedTime.FindZone(zoneId)).ToString(DatePattern() + ", HH:mm", CultureInfo.CurrentCulture);

    /// <summary>UTC rendering for machines and the <c>datetime</c> attribute: 2021-11-15T22:59:59Z.</summary>
    public static string Iso(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string UtcDateTime(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString(DatePattern() + ", HH:mm:ss", CultureInfo.CurrentCulture);

    /// <summary>
    /// A planned period: "April 2022", "October – December 2021", "May 2022 – February 2023" when it
    /// spans whole months, otherwise "1 October – 15 November 2021".
    /// </summary>
    public static string Period(DateOnly start, DateOnly end)
    {
        var culture = CultureInfo.CurrentCulture;
        var wholeMonths = start.Day == 1 && end.Day == DateTime.DaysInMonth(end.Year, end.Month);
        if (wholeMonths)
        {
            if (start.Year == end.Year && start.Month == end.Month)
            {
                return MonthYear(start);
            }

            return start.Year == end.Year
                ? $"{start.ToString("MMMM", culture)} – {MonthYear(end)}"
                : $"{MonthYear(start)} – {MonthYear(end)}";
        }

        if (start == end)
        {
            return Date(start);
        }

        return start.Year == end.Year
            ? $"{start.ToString(DayMonthPattern(culture), culture)} – {Date(end)}"
            : $"{Date(start)} – {Date(end)}";
    }

    private static string DatePattern()
    {
        var culture = CultureInfo.CurrentCulture;
        return DayMonthPattern(culture) + YearJoiner(culture) + "yyyy";
    }

    // Spanish joins day, month and year with "de"; Catalan too, its genitive month names
    // ("d’abril", "de novembre") carrying the first one; English and French need none.
    private static string DayMonthPattern(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "es" ? "d 'de' MMMM" : "d MMMM";

    private static string YearJoiner(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName is "es" or "ca" ? " 'de' " : " ";
}
