namespace ICP.Domain.Common;

/// <summary>A change was asked for outside the application window (after the deadline, or before the call opens).</summary>
public sealed class CallClosedException(DateTimeOffset arrivedAt, ICP.Domain.Programme.ApplicationWindow window)
    : DomainException("call-closed", $"Request at {arrivedAt:O} is outside the window {window.OpensAt:O} – {window.Deadline:O}.")
{
    public DateTimeOffset ArrivedAt { get; } = arrivedAt;

    public ICP.Domain.Programme.ApplicationWindow Window { get; } = window;
}
