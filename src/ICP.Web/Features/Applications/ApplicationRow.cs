using ICP.Domain.Applications;

namespace ICP.Web.Features.Applications;

public sealed record ApplicationRow(
    int Id, string Reference, string Authority, string Country, string QuotaGroup, ApplicationStatus Status, int Versions,
    DateTimeOffset? LastSubmittedAt, string? PrimaryTheme, string? SecondaryTheme, decimal? Score, decimal? Spread, int Evaluations, bool Passes);
