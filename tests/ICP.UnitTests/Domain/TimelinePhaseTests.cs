using ICP.Domain.Programme;
using ICP.UnitTests.Builders;
using Xunit;

namespace ICP.UnitTests.Domain;

public sealed class TimelinePhaseTests
{
    [Fact]
    public void Phases_AreTheSevenPlannedInTheCall()
    {
        var phases = Programme.IcpAgir2021Call().Phases.OrderBy(p => p.Order).ToList();

        Assert.Equal(
            [PhaseKind.Call, PhaseKind.Selection, PhaseKind.ClusterConsolidation, PhaseKind.StudyVisit,
             PhaseKind.OnlineCooperation, PhaseKind.StudyVisit, PhaseKind.ClosingConference],
            phases.Select(p => p.Kind));
        Assert.Equal((PhaseVenue.NonEuCity, 6), (phases[3].Venue, phases[3].PlannedDurationDays!.Value));
        Assert.Equal((PhaseVenue.EuCity, 6), (phases[5].Venue, phases[5].PlannedDurationDays!.Value));
        Assert.True(phases[4].IsOpenToPublic);
    }

    [Fact]
    public void CurrentPhases_LastSecondOf31MarchBrussels_IsConsolidation()
    {
        var call = Programme.IcpAgir2021Call();
        var lastSecond = new DateTimeOffset(2022, 3, 31, 23, 59, 59, TimeSpan.FromHours(2));

        Assert.Equal([PhaseKind.ClusterConsolidation], call.CurrentPhases(lastSecond).Select(p => p.Kind));
    }

    [Fact]
    public void CurrentPhases_Midnight1AprilBrussels_IsTheFirstStudyVisit()
    {
        var call = Programme.IcpAgir2021Call();

        // 31 March 22:00 UTC is already 1 April in Brussels (summer time, UTC+2).
        var current = call.CurrentPhases(new DateTimeOffset(2022, 3, 31, 22, 0, 0, TimeSpan.Zero));

        Assert.Equal("First working meeting and study visit in a non-EU city", Assert.Single(current).Title);
    }

    [Fact]
    public void CurrentPhases_DuringTheCall_AreTheCallAndTheSelection()
    {
        var call = Programme.IcpAgir2021Call();

        var current = call.CurrentPhases(new DateTimeOffset(2021, 11, 2, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal([PhaseKind.Call, PhaseKind.Selection], current.Select(p => p.Kind));
    }

    [Fact]
    public void CurrentPhases_October2022_AreOnlineCooperationAndSecondStudyVisit()
    {
        var call = Programme.IcpAgir2021Call();

        var current = call.CurrentPhases(new DateTimeOffset(2022, 10, 10, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal([PhaseVenue.Online, PhaseVenue.EuCity], current.Select(p => p.Venue));
    }

    [Fact]
    public void CurrentPhases_AfterTheClosingConference_IsEmpty()
    {
        var call = Programme.IcpAgir2021Call();

        Assert.Empty(call.CurrentPhases(new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.FromHours(1))));
        Assert.Single(call.CurrentPhases(new DateTimeOffset(2023, 2, 28, 23, 59, 59, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void SpansWholeMonths_TellsMonthPhasesFromDatedOnes()
    {
        var phases = Programme.IcpAgir2021Call().Phases.OrderBy(p => p.Order).ToList();

        Assert.False(phases[0].SpansWholeMonths); // 1 October – 15 November 2021
        Assert.True(phases[2].SpansWholeMonths);  // January – March 2022
        Assert.True(phases[6].SpansWholeMonths);  // February 2023
    }
}
