namespace ICP.Web.Features.Applications;

/// <summary>What the public receipt check shows: enough to trust the receipt, nothing of the content.</summary>
public sealed record ReceiptCheck(string Reference, int Version, DateTimeOffset SubmittedAt, string ContentSha256, string DocumentSha256, string AuthorityName, string TimeZoneId);
