using ICP.Domain.Programme;

namespace ICP.Web.Features.Programme;

/// <summary>
/// The call as the public pages show it, with its state at the portal's clock. <see cref="Deadline"/>
/// is the one in force (the last extension's); <see cref="ExtendedFrom"/> the one it replaced.
/// </summary>
public sealed record CallSummary(
    int Id,
    string Code,
    LocalisedText Title,
    string ShortTitle,
    LocalisedText Summary,
    LocalisedText ManagedBy,
    DateTimeOffset OpensAt,
    DateTimeOffset Deadline,
    string TimeZoneId,
    CallState State,
    DateTimeOffset Now,
    DateTimeOffset? ExtendedFrom = null)
{
    /// <summary>The last on-time second, as the call announces the deadline (23:59:59).</summary>
    public DateTimeOffset LastOnTimeSecond => ICP.Domain.Programme.Call.LastOnTimeSecondBefore(Deadline);

    /// <summary>Whether the deadline was extended for everyone (the public pages say from when to when).</summary>
    public bool IsExtended => ExtendedFrom is not null;
}

/// <summary>What a countdown needs: the deadline (exclusive) and the portal's "now".</summary>
public sealed record Countdown(DateTimeOffset Deadline, DateTimeOffset Now)
{
    public TimeSpan Remaining => Deadline > Now ? Deadline - Now : TimeSpan.Zero;
}

public sealed record ThemeItem(string Slug, LocalisedText Name, LocalisedText Description);

public sealed record TerritoryItem(string Code, string Name, string OfficialName, TerritoryKind Kind, bool IsEuMemberState);

public sealed record QuotaGroupItem(string Code, LocalisedText Name, int Seats, int? PerCountryCap, IReadOnlyList<TerritoryItem> Territories);

public enum PhaseTiming
{
    Past,
    Current,
    Upcoming,
}

public sealed record PhaseItem(
    int Order, PhaseKind Kind, LocalisedText Title, LocalisedText Description, DateOnly StartDate, DateOnly EndDate,
    PhaseVenue Venue, int? PlannedDurationDays, bool IsOpenToPublic, PhaseTiming Timing);

/// <summary>What actually took place, on /timeline: a recorded programme event, or an activity (with its page, <see cref="ActivityId"/>).</summary>
public sealed record EventItem(
    LocalisedText Title, string Description, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string Location, bool IsOnline, int? PhaseOrder, int? ActivityId = null);

/// <summary>A public page's model that knows when the clock alone will change the page (null: it does not).</summary>
public abstract record PublicPage
{
    public DateTimeOffset? ChangesAt { get; init; }
}

public sealed record HomePage(CallSummary Call, IReadOnlyList<ThemeItem> Themes, IReadOnlyList<QuotaGroupItem> QuotaGroups, IReadOnlyList<PhaseItem> CurrentPhases)
    : PublicPage
{
    public int TotalSeats => QuotaGroups.Sum(g => g.Seats);
}

public sealed record ProgrammePage(
    CallSummary Call, IReadOnlyList<LocalisedText> Objectives, IReadOnlyList<ThemeItem> Themes,
    IReadOnlyList<QuotaGroupItem> QuotaGroups, IReadOnlyList<PhaseItem> Phases) : PublicPage
{
    public int TotalSeats => QuotaGroups.Sum(g => g.Seats);
}

public sealed record ThemesPage(CallSummary Call, IReadOnlyList<ThemeItem> Themes) : PublicPage;

public sealed record CountriesPage(CallSummary Call, IReadOnlyList<QuotaGroupItem> QuotaGroups) : PublicPage
{
    public int TotalSeats => QuotaGroups.Sum(g => g.Seats);
}

public sealed record TimelinePage(CallSummary Call, IReadOnlyList<PhaseItem> Phases, IReadOnlyList<EventItem> Events, DateOnly Today) : PublicPage;

public sealed record ApplyPage(CallSummary Call, IReadOnlyList<QuotaGroupItem> QuotaGroups, IReadOnlyList<ThemeItem> Themes) : PublicPage
{
    public int TotalSeats => QuotaGroups.Sum(g => g.Seats);
}
