namespace ICP.Web.Features.Programme;

public sealed record ApplyPage(CallSummary Call, IReadOnlyList<QuotaGroupItem> QuotaGroups, IReadOnlyList<ThemeItem> Themes) : PublicPage
{
    public int TotalSeats => QuotaGroups.Sum(g => g.Seats);
}
