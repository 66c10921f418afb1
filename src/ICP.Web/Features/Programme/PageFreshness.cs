namespace ICP.Web.Features.Programme;

/// <summary>
/// When a public page stops being true by the clock alone (the call opens or closes, a phase begins
/// or ends, a new day, the countdown's next second). A cached copy is kept until then and no longer;
/// what staff change is evicted apart (<c>PublicPageCache</c>).
/// </summary>
public static class PageFreshness
{
    public static DateTimeOffset? Earliest(params DateTimeOffset?[] instants) =>
        instants.Where(i => i is not null).Min();

    /// <summary>While the call is open its pages count the seconds down: they change at the next whole second.</summary>
    public static DateTimeOffset? CountdownChangesAt(CallSummary call) =>
        call.State == ICP.Domain.Programme.CallState.Open
            ? new DateTimeOffset(call.Now.UtcTicks - (call.Now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(1)
            : null;
}
