using ICP.Domain.Common;
using ICP.Domain.Programme;
using ICP.UnitTests.Builders;
using Xunit;

namespace ICP.UnitTests.Domain;

/// <summary>
/// The instants at which what the public pages show changes by the clock alone: a cached page is
/// kept until then and no longer.
/// </summary>
public sealed class PageChangeInstantsTests
{
    private static readonly DateTimeOffset Opens = new(2021, 10, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = new(2021, 11, 15, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NextChangeAfter_BeforeTheOpening_IsTheOpening()
    {
        Assert.Equal(Opens, new ApplicationWindow(Opens, Deadline).NextChangeAfter(Opens.AddTicks(-1)));
    }

    [Fact]
    public void NextChangeAfter_FromTheOpeningToTheLastTick_IsTheDeadline()
    {
        var window = new ApplicationWindow(Opens, Deadline);

        Assert.Equal(Deadline, window.NextChangeAfter(Opens));
        Assert.Equal(Deadline, window.NextChangeAfter(Deadline.AddTicks(-1)));
    }

    [Fact]
    public void NextChangeAfter_AtTheDeadline_IsNever()
    {
        Assert.Null(new ApplicationWindow(Opens, Deadline).NextChangeAfter(Deadline));
    }

    [Fact]
    public void PhaseNextChangeAfter_UpcomingCurrentPast_IsFirstDayThenDayAfterLastThenNever()
    {
        // The first study visit: 1 April to 31 May 2022.
        var phase = Programme.IcpAgir2021Call().Phases.Single(p => p.Order == 4);

        Assert.Equal(phase.StartDate, phase.NextChangeAfter(phase.StartDate.AddDays(-10)));
        Assert.Equal(phase.EndDate.AddDays(1), phase.NextChangeAfter(phase.StartDate));
        Assert.Equal(phase.EndDate.AddDays(1), phase.NextChangeAfter(phase.EndDate));
        Assert.Null(phase.NextChangeAfter(phase.EndDate.AddDays(1)));
    }

    [Fact]
    public void StartOf_ADayInSummerTime_IsMidnightInBrussels()
    {
        var start = ZonedTime.StartOf(new DateOnly(2022, 4, 1), ZonedTime.FindZone(ZonedTime.BrusselsZoneId));

        Assert.Equal(new DateTimeOffset(2022, 3, 31, 22, 0, 0, TimeSpan.Zero), start);
    }
}
