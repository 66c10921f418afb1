namespace ICP.Domain.Applications;

/// <summary>
/// Why an application's status changed, as a code that each reader sees in their own language. What
/// a person typed (a withdrawal's or an override's reason) is kept beside it as their own text.
/// </summary>
public enum StatusChangeReason
{
    /// <summary>A row from before the codes whose text matched none of them: its text is all there is.</summary>
    Text,

    /// <summary>The city started its application.</summary>
    ApplicationStarted,

    /// <summary>A version was submitted (its number is kept with the row).</summary>
    VersionSubmitted,

    /// <summary>The city withdrew its application, with its own reason.</summary>
    Withdrawal,

    /// <summary>A selection decision was released (or a reserve city promoted to a free seat).</summary>
    DecisionReleased,

    /// <summary>A selected city withdrew from the programme, recorded by staff with the reason given.</summary>
    Decline,

    /// <summary>Staff overrode the transition table, with their reason.</summary>
    Override,
}
