namespace ICP.Web.Features.Cooperation;

/// <summary>The public page's model: the published partnerships (or none yet) and the outputs staff published.</summary>
public sealed record PartnershipsPageModel(PartnershipsPublicPage? Published, IReadOnlyList<PublishedOutput> Outputs);
