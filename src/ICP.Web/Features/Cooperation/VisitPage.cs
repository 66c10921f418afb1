namespace ICP.Web.Features.Cooperation;

/// <summary>A study visit or the closing conference as a participating city manages its delegates for it.</summary>
public sealed record VisitPage(CityCard City, UpcomingActivity Visit, DelegateForm Form);
