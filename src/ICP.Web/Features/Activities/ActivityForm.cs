using System.Globalization;
using ICP.Domain.Activities;
using ICP.Domain.Common;

namespace ICP.Web.Features.Activities;

/// <summary>
/// What staff type to create or edit an activity. Dates and times are wall-clock readings in the
/// place's zone (<see cref="TimeZoneId"/>), as an <c>input type="datetime-local"</c> sends them; the
/// conference's programme is one session a line: <c>2023-02-22 09:30 | 10:30 | Title | Speakers</c>.
/// </summary>
public sealed class ActivityForm
{
    public const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    public int PhaseId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string Starts { get; set; } = string.Empty;

    public string Ends { get; set; } = string.Empty;

    public string TimeZoneId { get; set; } = ZonedTime.BrusselsZoneId;

    public bool IsPublic { get; set; } = true;

    public string HostCity { get; set; } = string.Empty;

    public string Place { get; set; } = string.Empty;

    public string Agenda { get; set; } = string.Empty;

    public int? DelegateLimitPerCity { get; set; }

    public string DelegateCutoff { get; set; } = string.Empty;

    public string ThemeSlug { get; set; } = string.Empty;

    public string Speakers { get; set; } = string.Empty;

    public string JoiningLink { get; set; } = string.Empty;

    public int? Capacity { get; set; }

    public int PlacesForCities { get; set; }

    public string Programme { get; set; } = string.Empty;

    /// <summary>The activity's concurrency token when the edit page was shown.</summary>
    public Guid Token { get; set; }

    public static string Local(DateTimeOffset instant, string zoneId) =>
        ZonedTime.InZone(instant, ZonedTime.FindZone(zoneId)).ToString(LocalFormat, CultureInfo.InvariantCulture);

    public static ActivityForm From(Activity activity) => new()
    {
        PhaseId = activity.PhaseId,
        Title = activity.Title,
        Description = activity.Description,
        Starts = Local(activity.StartsAt, activity.TimeZoneId),
        Ends = Local(activity.EndsAt, activity.TimeZoneId),
        TimeZoneId = activity.TimeZoneId,
        IsPublic = activity.IsPublic,
        HostCity = activity.HostCity,
        Place = activity.Place,
        Agenda = activity.Agenda,
        DelegateLimitPerCity = activity.DelegateLimitPerCity,
        DelegateCutoff = activity.DelegateCutoff is { } cutoff ? Local(cutoff, activity.TimeZoneId) : string.Empty,
        ThemeSlug = activity.ThemeSlug,
        Speakers = activity.Speakers,
        JoiningLink = activity.JoiningLink,
        Capacity = activity.Capacity,
        PlacesForCities = activity.PlacesForCities,
        Programme = string.Join('\n', activity.Sessions.OrderBy(s => s.Order).Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{ZonedTime.InZone(s.StartsAt, ZonedTime.FindZone(activity.TimeZoneId)):yyyy-MM-dd HH:mm} | {ZonedTime.InZone(s.EndsAt, ZonedTime.FindZone(activity.TimeZoneId)):HH:mm} | {s.Title} | {s.Speakers}"))),
        Token = activity.ConcurrencyToken,
    };

    /// <summary>A wall-clock reading as typed, or null when it is not one.</summary>
    public static DateTime? ParseLocal(string? value) =>
        DateTime.TryParseExact(value?.Trim(), [LocalFormat, "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : null;

    /// <summary>The programme's lines, or null for the first line that cannot be read (1-based).</summary>
    public static (IReadOnlyList<ConferenceSessionDetails>? Sessions, int BadLine) ParseProgramme(string? programme, TimeZoneInfo zone)
    {
        var sessions = new List<ConferenceSessionDetails>();
        var lines = (programme ?? string.Empty).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length is < 3 or > 4
                || ParseLocal(parts[0]) is not { } start
                || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var endTime)
                || zone.IsInvalidTime(start) || zone.IsInvalidTime(start.Date + endTime.ToTimeSpan())
                || parts[2].Length == 0)
            {
                return (null, i + 1);
            }

            sessions.Add(new ConferenceSessionDetails(
                parts[2], ZonedTime.ToInstant(start, zone), ZonedTime.ToInstant(start.Date + endTime.ToTimeSpan(), zone), parts.Length == 4 ? parts[3] : string.Empty));
        }

        return (sessions, 0);
    }

    /// <summary>The details for the domain; call only once the validator passed.</summary>
    public ActivityDetails ToDetails()
    {
        var zone = ZonedTime.FindZone(TimeZoneId.Trim());
        DateTimeOffset At(string value) => ZonedTime.ToInstant(ParseLocal(value)!.Value, zone);
        return new ActivityDetails(
            Title, Description ?? string.Empty, At(Starts), At(Ends), TimeZoneId.Trim(), IsPublic,
            HostCity, Place, Agenda, DelegateLimitPerCity, ParseLocal(DelegateCutoff) is null ? null : At(DelegateCutoff),
            ThemeSlug, Speakers, JoiningLink, Capacity, PlacesForCities, ParseProgramme(Programme, zone).Sessions);
    }
}
