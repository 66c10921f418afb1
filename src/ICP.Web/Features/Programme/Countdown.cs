namespace ICP.Web.Features.Programme;

/// <summary>What a countdown needs: the deadline (exclusive) and the portal's "now".</summary>
public sealed record Countdown(DateTimeOffset Deadline, DateTimeOffset Now)
{
    public TimeSpan Remaining => Deadline > Now ? Deadline - Now : TimeSpan.Zero;
}
