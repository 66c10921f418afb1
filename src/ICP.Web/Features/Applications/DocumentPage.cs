namespace ICP.Web.Features.Applications;

public sealed record DocumentPage(ApplicationSummary Application, DeadlineInfo Deadline, string? Problem);
