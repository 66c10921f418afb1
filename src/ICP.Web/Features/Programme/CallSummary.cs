using ICP.Domain.Programme;

namespace ICP.Web.Features.Programme;

/// <summary>
/// The call as the public pages show it, with its state at the portal's clock. <see cref="Deadline"/>
/// is the one in force (the last extension's); <see cref="ExtendedFrom"/> the one it replaced.
/// </summary>
public sealed record CallSummary(
    int Id,
    string Code,
    LocalisedText Title,
    string ShortTitle,
    LocalisedText Summary,
    LocalisedText ManagedBy,
    DateTimeOffset OpensAt,
    DateTimeOffset Deadline,
    string TimeZoneId,
    CallState State,
    DateTimeOffset Now,
    DateTimeOffset? ExtendedFrom = null)
{
    /// <summary>The last on-time second, as the call announces the deadline (23:59:59).</summary>
    public DateTimeOffset LastOnTimeSecond => ICP.Domain.Programme.Call.LastOnTimeSecondBefore(Deadline);

    /// <summary>Whether the deadline was extended for everyone (the public pages say from when to when).</summary>
    public bool IsExtended => ExtendedFrom is not null;
}
