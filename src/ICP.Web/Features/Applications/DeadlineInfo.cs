using ICP.Domain.Programme;

namespace ICP.Web.Features.Applications;

/// <summary>
/// The window one local authority works in, at the portal's clock: the call's deadline, or its own
/// individual extension when it has one.
/// </summary>
public sealed record DeadlineInfo(
    DateTimeOffset OpensAt, DateTimeOffset Deadline, DateTimeOffset CallDeadline, DateTimeOffset? IndividualUntil, string TimeZoneId, DateTimeOffset Now)
{
    public CallState State => new ApplicationWindow(OpensAt, Deadline).StateAt(Now);

    public bool IsOpen => State == CallState.Open;

    public DateTimeOffset LastOnTimeSecond => ICP.Domain.Programme.Call.LastOnTimeSecondBefore(Deadline);

    public bool HasIndividualExtension => IndividualUntil is { } until && until > CallDeadline;
}
