namespace ICP.Web.Features.Cooperation;

/// <summary>A study visit, or the conference keeping places for the cities: how many cities registered delegates, how many delegates in all, and its outputs (public or not).</summary>
public sealed record VisitFigures(int Id, string Title, DateTimeOffset StartsAt, string HostCity, int Cities, int Delegates, int LimitPerCity, int Outputs);
