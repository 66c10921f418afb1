namespace ICP.Web.Features.Selection;

/// <summary>
/// A quota group's board. <see cref="Candidates"/> is one page of the ranking (or all of it when no
/// page was asked for); the counts, the cap use and the proposal always cover the whole group.
/// </summary>
public sealed record BoardPage(
    string GroupCode, string GroupName, int Seats, int? PerCountryCap, int SeatsTaken, int Pending, int Released, IReadOnlyList<BoardCandidate> Candidates,
    IReadOnlyList<CountryUse> Countries, BoardCandidate? ProposedReplacement, bool CallClosed, decimal SpreadLimit,
    int Page = 1, int Pages = 1, int TotalCandidates = 0)
{
    /// <summary>Candidates per page: a board of thousands is read from the top, and each row carries a form.</summary>
    public const int PageSize = 100;
}
