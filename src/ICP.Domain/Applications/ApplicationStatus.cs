namespace ICP.Domain.Applications;

/// <summary>Where an application stands. Every change goes through <see cref="Application"/>'s one choke point.</summary>
public enum ApplicationStatus
{
    /// <summary>Being written; never submitted.</summary>
    Draft,

    /// <summary>At least one version submitted and not withdrawn.</summary>
    Submitted,

    /// <summary>Withdrawn by the city; submitting again before the deadline reverses it.</summary>
    Withdrawn,

    /// <summary>Selected, by a released decision.</summary>
    Selected,

    /// <summary>On the reserve list of its quota group, by a released decision.</summary>
    Reserve,

    /// <summary>Not selected, by a released decision.</summary>
    NotSelected,

    /// <summary>Selected, then withdrew from the programme; its seat goes to the reserve list.</summary>
    Declined,
}
