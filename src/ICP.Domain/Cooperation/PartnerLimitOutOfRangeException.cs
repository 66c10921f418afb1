using ICP.Domain.Common;

namespace ICP.Domain.Cooperation;

/// <summary>The limit of partners per city is outside what the programme allows.</summary>
public sealed class PartnerLimitOutOfRangeException(int limit, int min, int max)
    : DomainException("partner-limit-out-of-range", $"A partner limit of {limit} is outside {min}–{max}.")
{
    public int Min { get; } = min;

    public int Max { get; } = max;
}
