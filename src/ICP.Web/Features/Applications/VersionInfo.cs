namespace ICP.Web.Features.Applications;

public sealed record VersionInfo(int Number, DateTimeOffset SubmittedAt, string SubmittedBy, string ContentSha256, string ReceiptCode);
