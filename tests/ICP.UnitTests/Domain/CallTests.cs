using ICP.Domain.Common;
using ICP.Domain.Programme;
using ICP.UnitTests.Builders;
using Xunit;

namespace ICP.UnitTests.Domain;

public sealed class CallTests
{
    private static readonly DateTimeOffset LastOnTimeInstant = new(2021, 11, 15, 22, 59, 59, TimeSpan.Zero);

    [Fact]
    public void Deadline_IsMidnightAfter15NovemberBrusselsWinterTime()
    {
        var call = Programme.IcpAgir2021Call();

        Assert.Equal(new DateTimeOffset(2021, 11, 15, 23, 0, 0, TimeSpan.Zero), call.Deadline);
        Assert.Equal(LastOnTimeInstant, call.LastOnTimeSecond);
        var wallClock = ZonedTime.InZone(call.LastOnTimeSecond, call.Zone);
        Assert.Equal(new DateTime(2021, 11, 15, 23, 59, 59), wallClock.DateTime);
        Assert.Equal(TimeSpan.FromHours(1), wallClock.Offset);
    }

    [Fact]
    public void OpensAt_IsMidnight1OctoberBrusselsSummerTime()
    {
        var call = Programme.IcpAgir2021Call();

        Assert.Equal(new DateTimeOffset(2021, 9, 30, 22, 0, 0, TimeSpan.Zero), call.OpensAt);
        Assert.Equal(TimeSpan.FromHours(2), ZonedTime.InZone(call.OpensAt, call.Zone).Offset);
    }

    [Fact]
    public void StateAt_OneTickBeforeTheDeadline_IsOpen()
    {
        var call = Programme.IcpAgir2021Call();

        Assert.Equal(CallState.Open, call.StateAt(call.Deadline.AddTicks(-1)));
    }

    [Fact]
    public void StateAt_TheDeadlineItself_IsClosed()
    {
        var call = Programme.IcpAgir2021Call();

        Assert.Equal(CallState.Closed, call.StateAt(call.Deadline));
        Assert.Equal(CallState.Closed, call.StateAt(call.Deadline.AddTicks(1)));
    }

    [Fact]
    public void StateAt_DeadlineGivenInAnotherOffset_IsTheSameInstant()
    {
        var call = Programme.IcpAgir2021Call();
        var justLateInTaipei = new DateTimeOffset(2021, 11, 16, 7, 0, 0, TimeSpan.FromHours(8));
        var justOnTimeInVancouver = new DateTimeOffset(2021, 11, 15, 14, 59, 59, 999, TimeSpan.FromHours(-8));

        Assert.Equal(CallState.Closed, call.StateAt(justLateInTaipei));
        Assert.Equal(CallState.Open, call.StateAt(justOnTimeInVancouver));
    }

    [Fact]
    public void StateAt_BeforeAndAtOpening()
    {
        var call = Programme.IcpAgir2021Call();

        Assert.Equal(CallState.NotYetOpen, call.StateAt(call.OpensAt.AddTicks(-1)));
        Assert.Equal(CallState.Open, call.StateAt(call.OpensAt));
    }

    [Fact]
    public void QuotaGroups_Total28SeatsAsTheCallAnnounces()
    {
        var call = Programme.IcpAgir2021Call();

        var seats = call.QuotaGroups.ToDictionary(g => g.Code, g => g.Seats);

        Assert.Equal(28, call.TotalSeats);
        Assert.Equal(
            new Dictionary<string, int> { ["CA"] = 4, ["ZA"] = 4, ["SG"] = 1, ["HK"] = 1, ["KR"] = 2, ["TW"] = 2, ["EU"] = 14 },
            seats);
    }

    [Fact]
    public void EuQuotaGroup_CoversTheEu27WithACapOfThree()
    {
        var eu = Programme.IcpAgir2021Call().QuotaGroups.Single(g => g.Code == "EU");

        Assert.Equal(27, eu.Territories.Count);
        Assert.All(eu.Territories, t => Assert.True(t.IsEuMemberState));
        Assert.Equal(3, eu.PerCountryCap);
    }

    [Fact]
    public void QuotaGroupFor_PartnerTerritory_FindsItsOwnGroup()
    {
        var call = Programme.IcpAgir2021Call();

        Assert.Equal("HK", call.QuotaGroupFor("HK")?.Code);
        Assert.Equal("EU", call.QuotaGroupFor("GR")?.Code);
        Assert.Null(call.QuotaGroupFor("US"));
    }

    [Fact]
    public void AddQuotaGroup_TerritoryAlreadyInAnotherGroup_IsRefused()
    {
        var call = Programme.IcpAgir2021Call();
        var canada = Programme.Territories()["CA"];

        Assert.Throws<InvalidProgrammeDataException>(() => call.AddQuotaGroup("NA", "North America", 2, null, [canada]));
    }

    [Fact]
    public void Criteria_WeightsSumTo100()
    {
        var call = Programme.IcpAgir2021Call();

        Assert.True(call.CriteriaAreComplete);
        Assert.Equal(8, call.Criteria.Count);
        Assert.Equal([20, 15, 15, 15, 10, 10, 10, 5], call.Criteria.OrderBy(c => c.Order).Select(c => c.Weight));
        Assert.Equal(60, call.PassMark);
    }

    [Fact]
    public void AddCriterion_BeyondAHundredPoints_IsRefused()
    {
        var call = Programme.IcpAgir2021Call();

        Assert.Throws<InvalidProgrammeDataException>(() => call.AddCriterion("Extra", "", 1, null));
    }

    [Fact]
    public void DeadlineInForce_IsTheLatestDeadlineSet_NotTheExtensionGrantedLast()
    {
        var original = new DateTimeOffset(2021, 11, 15, 23, 0, 0, TimeSpan.Zero);

        Assert.Equal(original, Call.DeadlineInForce(original, []));
        Assert.Equal(original.AddDays(10), Call.DeadlineInForce(original, [original.AddDays(10), original.AddDays(3)]));
    }

    [Fact]
    public void LastOnTimeSecondBefore_IsOneSecondBeforeTheDeadline_AsTheCallAnnouncesIt()
    {
        var call = Programme.IcpAgir2021Call();

        Assert.Equal(LastOnTimeInstant, Call.LastOnTimeSecondBefore(call.Deadline));
        Assert.Equal(call.LastOnTimeSecond, Call.LastOnTimeSecondBefore(call.Deadline));
    }

    [Fact]
    public void DeadlineReplaced_IsWhereTheExtensionInForceMovedItFrom_NotTheLastGranted()
    {
        var original = new DateTimeOffset(2021, 11, 15, 23, 0, 0, TimeSpan.Zero);

        Assert.Null(Call.DeadlineReplaced([]));
        Assert.Equal(original, Call.DeadlineReplaced([(original, original.AddDays(3))]));
        Assert.Equal(original.AddDays(3), Call.DeadlineReplaced([(original, original.AddDays(3)), (original.AddDays(3), original.AddDays(10))]));
    }
}
