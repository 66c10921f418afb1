using ICP.Testing;
using ICP.Web.Configuration;
using Xunit;

namespace ICP.UnitTests.Web;

public sealed class SimulatedTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2021, 11, 2, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void GetUtcNow_StartsAtTheSimulatedInstant_AndRunsWithRealTime()
    {
        var real = new TestClock(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var clock = new SimulatedTimeProvider(Start, frozen: false, real);

        Assert.Equal(Start, clock.GetUtcNow());
        real.Advance(TimeSpan.FromMinutes(90));
        Assert.Equal(Start.AddMinutes(90), clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
    }

    [Fact]
    public void GetUtcNow_WhenFrozen_StandsStill()
    {
        var real = new TestClock(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var clock = new SimulatedTimeProvider(Start, frozen: true, real);

        real.Advance(TimeSpan.FromDays(3));

        Assert.Equal(Start, clock.GetUtcNow());
    }
}
