using ICP.Domain.Applications;

namespace ICP.Web.Features.PersonalData;

/// <summary>A non-selected application whose retention period is over (or not yet), as the retention page lists it.</summary>
public sealed record RetentionCandidate(int Id, string Reference, string TerritoryCode, ApplicationStatus Status, DateTimeOffset OutcomeAt, DateTimeOffset DueAt);
