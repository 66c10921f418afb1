using ICP.Domain.Applications;

namespace ICP.Domain.Selection;

/// <summary>
/// A candidate on a quota group's board: the application, its city and country, its status (a
/// declined city's seat is free), its consolidated score and whether it passed evaluation, and when
/// its last version was submitted (the ranking's tie-break).
/// </summary>
public sealed record Candidate(
    int ApplicationId, string Reference, int LocalAuthorityId, string TerritoryCode, ApplicationStatus Status, decimal? Score, bool Passes,
    DateTimeOffset? LastSubmittedAt);
