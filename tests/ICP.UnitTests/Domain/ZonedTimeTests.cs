using ICP.Domain.Common;
using Xunit;

namespace ICP.UnitTests.Domain;

public sealed class ZonedTimeTests
{
    private static readonly TimeZoneInfo Brussels = ZonedTime.FindZone(ZonedTime.BrusselsZoneId);

    [Fact]
    public void ToInstant_WinterTime_IsUtcPlusOne()
    {
        var instant = ZonedTime.ToInstant(new DateTime(2021, 11, 15, 23, 59, 59), Brussels);

        Assert.Equal(new DateTimeOffset(2021, 11, 15, 22, 59, 59, TimeSpan.Zero), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Fact]
    public void ToInstant_SummerTime_IsUtcPlusTwo()
    {
        var instant = ZonedTime.ToInstant(new DateTime(2021, 10, 1, 0, 0, 0), Brussels);

        Assert.Equal(new DateTimeOffset(2021, 9, 30, 22, 0, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void ToInstant_TimeSkippedBySpringChange_IsRejected()
    {
        // On 27 March 2022 Brussels clocks jumped from 02:00 to 03:00.
        Assert.Throws<InvalidProgrammeDataException>(() => ZonedTime.ToInstant(new DateTime(2022, 3, 27, 2, 30, 0), Brussels));
    }

    [Fact]
    public void ToInstant_TimeRepeatedByAutumnChange_TakesTheEarlierInstant()
    {
        // On 31 October 2021 Brussels clocks went back from 03:00 to 02:00: 02:30 happened twice.
        var instant = ZonedTime.ToInstant(new DateTime(2021, 10, 31, 2, 30, 0), Brussels);

        Assert.Equal(new DateTimeOffset(2021, 10, 31, 0, 30, 0, TimeSpan.Zero), instant);
    }

    [Theory]
    [InlineData("2021-11-15T22:59:59Z", "2021-11-15")]
    [InlineData("2021-11-15T23:00:00Z", "2021-11-16")]
    [InlineData("2021-09-30T21:59:59Z", "2021-09-30")]
    [InlineData("2021-09-30T22:00:00Z", "2021-10-01")]
    public void DateIn_Brussels_FollowsTheLocalMidnight(string instant, string expectedDate)
    {
        var date = ZonedTime.DateIn(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), Brussels);

        Assert.Equal(DateOnly.Parse(expectedDate, System.Globalization.CultureInfo.InvariantCulture), date);
    }
}
