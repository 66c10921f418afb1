namespace ICP.Web.Features.Applications;

public sealed record VersionPage(ApplicationSummary Application, VersionInfo Version, SubmissionContent Content, string TimeZoneId, bool IsEvaluatedVersion);
