using ICP.Web.Features.Accounts;
using Xunit;

namespace ICP.UnitTests.Applications;

public sealed class TotpTests
{
    // RFC 6238, appendix B: SHA-1 with the ASCII key "12345678901234567890"; the RFC shows 8 digits, 6 are the last six.
    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Code_MatchesTheRfcTestVectors(long unixSeconds, string expected)
    {
        var key = "12345678901234567890"u8.ToArray();

        Assert.Equal(expected, Totp.Code(key, Totp.TimeStep(DateTimeOffset.FromUnixTimeSeconds(unixSeconds))));
    }

    [Fact]
    public void MatchingStep_AllowsOneStepOfDriftEitherWay_ButNotTwo()
    {
        var key = "12345678901234567890"u8.ToArray();
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var step = Totp.TimeStep(now);

        Assert.Equal(step - 1, Totp.MatchingStep(key, Totp.Code(key, step - 1), now));
        Assert.Equal(step + 1, Totp.MatchingStep(key, Totp.Code(key, step + 1), now));
        Assert.Null(Totp.MatchingStep(key, Totp.Code(key, step - 2), now));
    }

    [Fact]
    public void FromBase32_ReadsTheKeyAsAppsShowIt()
    {
        Assert.Equal("12345678901234567890"u8.ToArray(), Totp.FromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
    }
}
