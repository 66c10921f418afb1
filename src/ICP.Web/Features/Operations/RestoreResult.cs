namespace ICP.Web.Features.Operations;

/// <summary>What a restore brought back: submitted versions in the database, files copied into the store.</summary>
public sealed record RestoreResult(int Versions, int Files);
