namespace ICP.Web.Features.Programme;

public sealed record CountriesPage(CallSummary Call, IReadOnlyList<QuotaGroupItem> QuotaGroups) : PublicPage
{
    public int TotalSeats => QuotaGroups.Sum(g => g.Seats);
}
