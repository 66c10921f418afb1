namespace ICP.Web.Features.Applications;

/// <summary>What a sweep deleted: released letters' files, and files no row referred to.</summary>
public sealed record SweepResult(int Released, int Orphans);
