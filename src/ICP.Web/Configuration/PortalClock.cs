namespace ICP.Web.Configuration;

/// <summary>What the views need to know about the clock: the time, and whether it is the real one.</summary>
public sealed class PortalClock(TimeProvider timeProvider)
{
    public DateTimeOffset UtcNow => timeProvider.GetUtcNow();

    /// <summary>True whenever the portal does not run on the system clock (a simulated or test clock).</summary>
    public bool IsSimulated => !ReferenceEquals(timeProvider, TimeProvider.System);
}
