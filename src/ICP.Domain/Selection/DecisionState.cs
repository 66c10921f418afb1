namespace ICP.Domain.Selection;

public enum DecisionState
{
    /// <summary>Staged by staff; applicants see nothing yet.</summary>
    Pending,

    /// <summary>Released: the applicant is told, and the decision is final.</summary>
    Released,
}
