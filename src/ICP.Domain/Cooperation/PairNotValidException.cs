using ICP.Domain.Common;

namespace ICP.Domain.Cooperation;

/// <summary>A pair joins one EU city and one non-EU city, once.</summary>
public sealed class PairNotValidException(string reason)
    : DomainException("pair-not-valid", reason)
{
    public bool AlreadyPaired { get; init; }
}
