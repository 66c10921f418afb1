using ICP.Web.Features.Programme;

namespace ICP.Web.Features.Activities;

/// <summary>The public /activities page: what is coming (registration open or not) and what took place.</summary>
public sealed record ActivitiesPage(IReadOnlyList<ActivityListItem> Upcoming, IReadOnlyList<ActivityListItem> Past) : PublicPage;
