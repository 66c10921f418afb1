namespace ICP.Domain.Cooperation;

/// <summary>Where a city's output stands in staff review.</summary>
public enum OutputState
{
    /// <summary>Handed in; staff have not reviewed it yet. Seen by the city and staff only.</summary>
    Received,

    /// <summary>Published by staff: listed on the public /partnerships page and downloadable by anyone.</summary>
    Published,

    /// <summary>Reviewed and kept off the public page, with staff's note to the city (or taken off it again).</summary>
    NotPublished,
}
