namespace ICP.Web.Features.Programme;

public sealed record ProgrammePage(
    CallSummary Call, IReadOnlyList<LocalisedText> Objectives, IReadOnlyList<ThemeItem> Themes,
    IReadOnlyList<QuotaGroupItem> QuotaGroups, IReadOnlyList<PhaseItem> Phases) : PublicPage
{
    public int TotalSeats => QuotaGroups.Sum(g => g.Seats);
}
