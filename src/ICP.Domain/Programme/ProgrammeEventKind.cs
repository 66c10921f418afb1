namespace ICP.Domain.Programme;

/// <summary>What kind of activity actually took place.</summary>
public enum ProgrammeEventKind
{
    KickOff,
    StudyVisit,
    OnlineEvent,
    Conference,
    Other,
}
