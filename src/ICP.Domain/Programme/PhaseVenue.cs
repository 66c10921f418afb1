namespace ICP.Domain.Programme;

/// <summary>Where a phase of the programme takes place.</summary>
public enum PhaseVenue
{
    /// <summary>Not tied to a place (the call, the selection, work in each city).</summary>
    NotApplicable,
    Online,
    EuCity,
    NonEuCity,

    /// <summary>A place the call has not fixed yet.</summary>
    ToBeAnnounced,
}
