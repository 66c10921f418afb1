namespace ICP.Web.Features.Cooperation;

/// <summary>The conference's places for the cities' delegates, as staff see them: kept, held now, the capacity, the public's confirmed places, and when the unused ones went to the public.</summary>
public sealed record ConferenceCityPlaces(int PlacesForCities, int Held, int Capacity, int PublicConfirmed, DateTimeOffset? ReleasedAt);
