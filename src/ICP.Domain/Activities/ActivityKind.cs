namespace ICP.Domain.Activities;

/// <summary>What an activity of the cooperation phase is; each kind carries its own details and rules.</summary>
public enum ActivityKind
{
    /// <summary>A working meeting with a six-day study visit, hosted by a city: delegations travel, each within a limit, registered before a cut-off.</summary>
    StudyVisit,

    /// <summary>An online session with invited speakers (May–December 2022), open to the public: registration, capacity, waiting list.</summary>
    OnlineSession,

    /// <summary>The closing conference (February 2023): a programme of sessions, places for the cities' delegates first, then the public.</summary>
    ClosingConference,
}
