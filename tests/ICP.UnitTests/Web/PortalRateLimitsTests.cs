using System.Net;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace ICP.UnitTests.Web;

/// <summary>What one "network" is for the per-network limits.</summary>
public sealed class PortalRateLimitsTests
{
    [Theory]
    [InlineData("203.0.113.10", "203.0.113.10")]
    [InlineData("::ffff:203.0.113.10", "203.0.113.10")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void NetworkKey_OfAnAddress_IsTheIPv4AddressOrTheIPv6Slash64(string address, string network)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        Assert.Equal(network, PortalRateLimits.NetworkKey(context));
    }

    [Fact]
    public void NetworkKey_NeighbouringIPv6Prefixes_AreDifferentNetworks()
    {
        var one = new DefaultHttpContext();
        one.Connection.RemoteIpAddress = IPAddress.Parse("2001:db8:1:2::1");
        var other = new DefaultHttpContext();
        other.Connection.RemoteIpAddress = IPAddress.Parse("2001:db8:1:3::1");
        Assert.NotEqual(PortalRateLimits.NetworkKey(one), PortalRateLimits.NetworkKey(other));
    }
}
