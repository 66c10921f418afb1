namespace ICP.Web.Features.Programme;

public sealed record HomePage(CallSummary Call, IReadOnlyList<ThemeItem> Themes, IReadOnlyList<QuotaGroupItem> QuotaGroups, IReadOnlyList<PhaseItem> CurrentPhases)
    : PublicPage
{
    public int TotalSeats => QuotaGroups.Sum(g => g.Seats);
}
