using ICP.Domain.Applications;

namespace ICP.Domain.Selection;

/// <summary>A status an application must move to because of a change on its selection board.</summary>
public sealed record StatusChange(int ApplicationId, ApplicationStatus To);
