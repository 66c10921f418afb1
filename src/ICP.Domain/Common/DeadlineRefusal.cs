namespace ICP.Domain.Common;

/// <summary>Why a change of deadline was refused.</summary>
public enum DeadlineRefusal
{
    /// <summary>A call-wide deadline only moves later: shortening a published deadline is never fair.</summary>
    NotLater,

    /// <summary>The new last day is already over: it would announce a deadline nobody can meet.</summary>
    InThePast,

    /// <summary>More than a year after the original deadline: almost certainly a typing mistake.</summary>
    TooFar,

    /// <summary>Evaluation or selection has begun: reopening now would be unfair to those already judged.</summary>
    EvaluationStarted,
}
