using ICP.Domain.Selection;

namespace ICP.Web.Features.Selection;

/// <summary>A decision staged on a selection board: which application, which outcome, staff's note, and the board page to return to.</summary>
public sealed class StageDecisionForm
{
    public int ApplicationId { get; set; }

    /// <summary>Null when the value posted is none the form offers (so it can never default to the enum's first member).</summary>
    public DecisionOutcome? Outcome { get; set; }

    public string Note { get; set; } = string.Empty;

    public int Page { get; set; } = 1;
}
