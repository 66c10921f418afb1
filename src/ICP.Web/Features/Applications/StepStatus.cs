namespace ICP.Web.Features.Applications;

public sealed record StepStatus(StepInfo Step, bool Saved, bool Complete, string? UpdatedBy, DateTimeOffset? UpdatedAt);
