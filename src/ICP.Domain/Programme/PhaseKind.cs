namespace ICP.Domain.Programme;

/// <summary>What a phase is for; lets later features find "the study visits" without matching titles.</summary>
public enum PhaseKind
{
    Call,
    Selection,
    ClusterConsolidation,
    StudyVisit,
    OnlineCooperation,
    ClosingConference,
}
