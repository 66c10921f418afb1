namespace ICP.Domain.Programme;

/// <summary>The programme entities whose texts can be translated (stored as text: a new kind needs no migration).</summary>
public enum ContentKind
{
    Call,
    Objective,
    Theme,
    QuotaGroup,
    Phase,
    Criterion,

    /// <summary>An activity of the cooperation phase (study visit, online session, conference).</summary>
    Activity,
}
