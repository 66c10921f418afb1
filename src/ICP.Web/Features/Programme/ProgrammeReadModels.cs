using ICP.Domain.Programme;

namespace ICP.Web.Features.Programme;

/// <summary>The call as the public pages show it, with its state at the portal's clock.</summary>
public sealed record CallSummary(
    int Id,
    string Code,
    string Title,
    string ShortTitle,
    string Summary,
    string ManagedBy,
    DateTimeOffset OpensAt,
    DateTimeOffset Deadline,
    string TimeZoneId,
    CallState State,
    DateTimeOffset Now)
{
    /// <summary>The last on-time second, as the call announces the deadline (23:59:59).</summary>
    public DateTimeOffset LastOnTimeSecond => Deadline.AddSeconds(-1);

    public TimeSpan RemainingUntilDeadline => State == CallState.Open ? Deadline - Now : TimeSpan.Zero;
}

public sealed record ThemeItem(string Slug, string Name, string Description);

public sealed record TerritoryItem(string Code, string Name, string OfficialName, TerritoryKind Kind, bool IsEuMemberState);

public sealed record QuotaGroupItem(string Code, string Name, int Seats, int? PerCountryCap, IReadOnlyList<TerritoryItem> Territories);

public enum PhaseTiming
{
    Past,
    Current,
    Upcoming,
}

public sealed record PhaseItem(
    int Order, PhaseKind Kind, string Title, string Description, DateOnly StartDate, DateOnly EndDate,
    PhaseVenue Venue, int? PlannedDurationDays, bool IsOpenToPublic, PhaseTiming Timing);

public sealed record EventItem(
    string Title, string Description, ProgrammeEventKind Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string Location, bool IsOnline, int? PhaseOrder);

public sealed record HomePage(CallSummary Call, IReadOnlyList<ThemeItem> Themes, IReadOnlyList<QuotaGroupItem> QuotaGroups, IReadOnlyList<PhaseItem> CurrentPhases)
{
    public int TotalSeats => QuotaGroups.Sum(g => g.Seats);
}

public sealed record ProgrammePage(
    CallSummary Call, IReadOnlyList<string> Objectives, IReadOnlyList<ThemeItem> Themes,
    IReadOnlyList<QuotaGroupItem> QuotaGroups, IReadOnlyList<PhaseItem> Phases)
{
    public int TotalSeats => QuotaGroups.Sum(g => g.Seats);
}

public sealed record ThemesPage(CallSummary Call, IReadOnlyList<ThemeItem> Themes);

public sealed record CountriesPage(CallSummary Call, IReadOnlyList<QuotaGroupItem> QuotaGroups)
{
    public int TotalSeats => QuotaGroups.Sum(g => g.Seats);
}

public sealed record TimelinePage(CallSummary Call, IReadOnlyList<PhaseItem> Phases, IReadOnlyList<EventItem> Events, DateOnly Today);

public sealed record ApplyPage(CallSummary Call, IReadOnlyList<QuotaGroupItem> QuotaGroups, IReadOnlyList<ThemeItem> Themes)
{
    public int TotalSeats => QuotaGroups.Sum(g => g.Seats);
}
