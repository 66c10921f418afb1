namespace ICP.Domain.Programme;

/// <summary>
/// A rule was asked of a call loaded without a part it needs (its extensions, quota groups,
/// criteria …). A programming error, not a user's: without this the rule would answer from an
/// empty list, silently wrong (the original deadline instead of the extended one).
/// </summary>
public sealed class CallPartNotLoadedException(string part)
    : InvalidOperationException($"The call was loaded without its {part}: load it through CurrentCall with a shape that includes them.")
{
    public string Part { get; } = part;
}
