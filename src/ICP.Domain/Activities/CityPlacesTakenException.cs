using ICP.Domain.Common;

namespace ICP.Domain.Activities;

/// <summary>
/// A delegate cannot be seated at the conference: every place kept for the cities is taken (a
/// city adding), or no place at all is free (staff adding beyond the kept places, or after they
/// went to the public).
/// </summary>
public sealed class CityPlacesTakenException(int placesForCities, bool conferenceFull)
    : DomainException(conferenceFull ? "conference-full" : "city-places-taken",
        conferenceFull ? "No place is free at the conference." : $"All {placesForCities} places kept for the cities' delegates are taken.")
{
    public int PlacesForCities { get; } = placesForCities;

    public bool ConferenceFull { get; } = conferenceFull;
}
