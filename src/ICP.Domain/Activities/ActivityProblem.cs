namespace ICP.Domain.Activities;

/// <summary>Why an activity's details were refused.</summary>
public enum ActivityProblem
{
    TitleMissing,
    TextTooLong,
    EndsBeforeStart,
    UnknownTimeZone,

    /// <summary>The phase the activity is linked to is of another kind (an online session in a study-visit phase).</summary>
    WrongPhase,
    HostCityMissing,
    PlaceMissing,
    DelegateLimitOutOfRange,
    CutoffMissing,

    /// <summary>Delegates must be known before the visit starts.</summary>
    CutoffAfterStart,
    CapacityOutOfRange,

    /// <summary>Capacity lowered below the places already confirmed: nobody loses a confirmed place.</summary>
    CapacityBelowConfirmed,
    JoiningLinkInvalid,

    /// <summary>Online sessions are stated in Brussels time, whoever attends.</summary>
    OnlineNotInBrussels,
    ThemeMissing,
    PlacesForCitiesOutOfRange,
    SessionInvalid,
    SessionOutsideActivity,

    /// <summary>An output's link is not a full https address (it is shown to the public).</summary>
    OutputLinkInvalid,

    /// <summary>An output is either a file or a link: one of the two, not both, not neither.</summary>
    OutputFileOrLink,
}
