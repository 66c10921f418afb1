namespace ICP.Web.Features.Applications;

public sealed record DocumentInfo(int Id, string FileName, long SizeBytes, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);
