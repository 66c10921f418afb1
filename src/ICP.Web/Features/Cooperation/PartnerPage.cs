namespace ICP.Web.Features.Cooperation;

/// <summary>One city of the workspace's clusters, with its contact persons and themes.</summary>
public sealed record PartnerPage(ClusterMember Member, string Cluster);
