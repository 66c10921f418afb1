namespace ICP.Web.Features.Operations;

/// <summary>Where a backup went, the size of its database copy and how many files it holds.</summary>
public sealed record BackupResult(string Folder, long DatabaseBytes, int Files);
