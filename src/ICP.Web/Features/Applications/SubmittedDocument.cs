namespace ICP.Web.Features.Applications;

public sealed record SubmittedDocument(string FileName, long SizeBytes, string Sha256);
