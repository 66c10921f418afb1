namespace ICP.Web.Features.Cooperation;

/// <summary>A cluster as its member cities see it: the partner country or territory and every city in it.</summary>
public sealed record WorkspaceCluster(string CountryCode, string Country, IReadOnlyList<ClusterMember> Members);
