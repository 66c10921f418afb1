namespace ICP.Web.Features.Cooperation;

/// <summary>The public /partnerships page: by partner country or territory, and by theme.</summary>
public sealed record PartnershipsPublicPage(DateTimeOffset PublishedAt, IReadOnlyList<PublicCluster> Clusters, IReadOnlyList<ThemeGroup> ByTheme);
