namespace ICP.Web.Features.Cooperation;

/// <summary>The public page's model: the published partnerships, or none yet.</summary>
public sealed record PartnershipsPageModel(PartnershipsPublicPage? Published);
