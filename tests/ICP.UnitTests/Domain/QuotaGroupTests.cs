using ICP.UnitTests.Builders;
using Xunit;

namespace ICP.UnitTests.Domain;

public sealed class QuotaGroupTests
{
    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(13, 2, true)]
    [InlineData(13, 3, false)] // the Member State already has its 3 cities
    [InlineData(14, 0, false)] // the group is full
    public void HasRoomFor_EuGroup_RespectsSeatsAndMemberStateCap(int selectedInGroup, int selectedFromItaly, bool expected)
    {
        var eu = Programme.IcpAgir2021Call().QuotaGroups.Single(g => g.Code == "EU");

        Assert.Equal(expected, eu.HasRoomFor("IT", selectedInGroup, selectedFromItaly));
    }

    [Fact]
    public void HasRoomFor_TerritoryOutsideTheGroup_IsFalse()
    {
        var canada = Programme.IcpAgir2021Call().QuotaGroups.Single(g => g.Code == "CA");

        Assert.False(canada.HasRoomFor("ZA", 0, 0));
    }

    [Fact]
    public void HasRoomFor_GroupWithoutCap_OnlyCountsSeats()
    {
        var canada = Programme.IcpAgir2021Call().QuotaGroups.Single(g => g.Code == "CA");

        Assert.True(canada.HasRoomFor("CA", 3, 3));
        Assert.False(canada.HasRoomFor("CA", 4, 4));
    }

    [Fact]
    public void MemberStateCap_IsConfigurable()
    {
        var eu = Programme.IcpAgir2021Call(memberStateCap: 2).QuotaGroups.Single(g => g.Code == "EU");

        Assert.False(eu.HasRoomFor("DE", 5, 2));
    }
}
