using ICP.Domain.Common;

namespace ICP.Domain.Programme;

/// <summary>
/// A planned phase of the programme, as the call announced it. Dates are calendar dates in the
/// call's time zone, inclusive; what actually happened is recorded apart, as <see cref="ProgrammeEvent"/>.
/// </summary>
public sealed class TimelinePhase
{
    private TimelinePhase()
    {
        Title = string.Empty;
        Description = string.Empty;
    }

    internal TimelinePhase(
        int order, PhaseKind kind, string title, string description, DateOnly startDate, DateOnly endDate,
        PhaseVenue venue, int? plannedDurationDays, bool isOpenToPublic)
    {
        if (endDate < startDate)
        {
            throw new InvalidProgrammeDataException($"Phase '{title}' ends ({endDate}) before it starts ({startDate}).");
        }

        if (plannedDurationDays is { } days && (days < 1 || days > endDate.DayNumber - startDate.DayNumber + 1))
        {
            throw new InvalidProgrammeDataException($"Phase '{title}': {days} days do not fit between {startDate} and {endDate}.");
        }

        Order = order;
        Kind = kind;
        Title = title.Trim();
        Description = description.Trim();
        StartDate = startDate;
        EndDate = endDate;
        Venue = venue;
        PlannedDurationDays = plannedDurationDays;
        IsOpenToPublic = isOpenToPublic;
    }

    public int Id { get; private set; }

    public int CallId { get; private set; }

    public int Order { get; private set; }

    public PhaseKind Kind { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    /// <summary>First day of the phase (inclusive), in the call's time zone.</summary>
    public DateOnly StartDate { get; private set; }

    /// <summary>Last day of the phase (inclusive), in the call's time zone.</summary>
    public DateOnly EndDate { get; private set; }

    public PhaseVenue Venue { get; private set; }

    /// <summary>How long the activity lasts within the phase (e.g. a 6-day study visit in April).</summary>
    public int? PlannedDurationDays { get; private set; }

    /// <summary>Whether the public may attend (the online cooperation becomes an open online event).</summary>
    public bool IsOpenToPublic { get; private set; }

    /// <summary>Whether the phase spans whole calendar months (shown as "April 2022" rather than dates).</summary>
    public bool SpansWholeMonths =>
        StartDate.Day == 1 && EndDate.Day == DateTime.DaysInMonth(EndDate.Year, EndDate.Month);

    public bool IsCurrentOn(DateOnly date) => StartDate <= date && date <= EndDate;

    public bool IsPastOn(DateOnly date) => EndDate < date;

    /// <summary>
    /// The first date after <paramref name="date"/> on which the phase is no longer what it is on
    /// <paramref name="date"/> (upcoming, current or past): its first day, the day after its last;
    /// null once it is past.
    /// </summary>
    public DateOnly? NextChangeAfter(DateOnly date) =>
        date < StartDate ? StartDate
        : date <= EndDate ? EndDate.AddDays(1)
        : null;
}
