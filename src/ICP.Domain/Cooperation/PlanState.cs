namespace ICP.Domain.Cooperation;

/// <summary>Where the partnerships of a call stand.</summary>
public enum PlanState
{
    /// <summary>Proposed or being adjusted by staff; not public.</summary>
    Draft,

    /// <summary>Checked by a programme manager: every selected non-EU city has an EU partner.</summary>
    Confirmed,

    /// <summary>Shown on /partnerships. Later changes (a decline, a new partner) show at once, each audited.</summary>
    Published,
}
