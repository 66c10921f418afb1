namespace ICP.Domain.Common;

/// <summary>
/// How long the texts people type may be: one definition for the forms' validators and the database
/// columns (SQL Server enforces a column's length, SQLite does not, so a validator that allowed more
/// would fail only in production).
/// </summary>
public static class TextLimits
{
    /// <summary>A reason given for a change (withdrawal, override, decline, new submitter, deadline extension).</summary>
    public const int Reason = 1000;

    /// <summary>Staff's note on a staged selection decision.</summary>
    public const int SelectionNote = 1000;

    /// <summary>The panel's consensus comment on an application.</summary>
    public const int ConsensusComment = 4000;

    /// <summary>An evaluator's comment on one criterion.</summary>
    public const int CriterionComment = 2000;

    /// <summary>An evaluator's overall comment.</summary>
    public const int EvaluationComment = 4000;
}
