using ICP.Domain.Common;

namespace ICP.Domain.Programme;

/// <summary>
/// When applications are accepted: from <see cref="OpensAt"/> (inclusive) to <see cref="Deadline"/>
/// (exclusive). A request that arrives at <c>Deadline - 1 tick</c> is on time; one at the deadline is late.
/// </summary>
public readonly record struct ApplicationWindow(DateTimeOffset OpensAt, DateTimeOffset Deadline)
{
    public CallState StateAt(DateTimeOffset now) =>
        now < OpensAt ? CallState.NotYetOpen
        : now < Deadline ? CallState.Open
        : CallState.Closed;

    public bool IsOpenAt(DateTimeOffset now) => StateAt(now) == CallState.Open;

    /// <summary>
    /// The deadline guard: a change that arrived at <paramref name="arrivedAt"/> outside the window
    /// is refused with <see cref="CallClosedException"/>. Every change to an application asks this,
    /// the domain's methods and the workflow's checks before them alike.
    /// </summary>
    public void EnsureOpenAt(DateTimeOffset arrivedAt)
    {
        if (!IsOpenAt(arrivedAt))
        {
            throw new CallClosedException(arrivedAt, this);
        }
    }

    /// <summary>
    /// The next instant after <paramref name="now"/> at which <see cref="StateAt"/> gives another answer:
    /// the opening, then the deadline; null once the window has closed for good. Whatever shows the
    /// state (a cached page) is true until then.
    /// </summary>
    public DateTimeOffset? NextChangeAfter(DateTimeOffset now) =>
        now < OpensAt ? OpensAt
        : now < Deadline ? Deadline
        : null;
}
