using Ical.Net;
using ICP.Web.Features.Activities;
using Xunit;

namespace ICP.UnitTests.Activities;

/// <summary>The iCalendar files, parsed back by the library: zones with their VTIMEZONE, the instants, stable UIDs and SEQUENCE, all-day phases.</summary>
public sealed class ActivityCalendarTests
{
    private static readonly DateTimeOffset Stamp = new(2022, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private static CalendarEntry Online(int sequence = 0) => new(
        ActivityCalendar.ActivityUid(Guid.Parse("6f0c6a55-8c1e-4f1f-9d47-2f3f0a1b2c3d")), sequence, "Air quality in port cities", "Speakers from Busan and Marseille.",
        "Online", "https://icp.example.eu/activities/7", Stamp,
        new DateTimeOffset(2022, 6, 15, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2022, 6, 15, 10, 0, 0, TimeSpan.Zero), "Europe/Brussels");

    private static CalendarEntry Visit() => new(
        ActivityCalendar.ActivityUid(Guid.Parse("0b8e1f27-4c44-4a6d-8f3a-6a1d2b3c4d5e")), 1, "Study visit to Cape Town", "", "Civic Centre, Cape Town", null, Stamp,
        new DateTimeOffset(2022, 6, 13, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2022, 6, 18, 15, 0, 0, TimeSpan.Zero), "Africa/Johannesburg");

    [Fact]
    public void Write_TimedActivities_CarryTheirZonesWithAVTimezoneEachAndTheRightInstants()
    {
        var parsed = Calendar.Load(ActivityCalendar.Write([Online(), Visit()], "ICP"))!;

        Assert.Equal(["Africa/Johannesburg", "Europe/Brussels"], parsed.TimeZones.Select(z => z.TzId!).Order(StringComparer.Ordinal));
        var online = parsed.Events.Single(e => e.Summary == "Air quality in port cities");
        Assert.Equal("Europe/Brussels", online.DtStart!.TzId);
        Assert.Equal(new DateTime(2022, 6, 15, 10, 0, 0), online.DtStart.Value);
        Assert.Equal(new DateTime(2022, 6, 15, 8, 0, 0, DateTimeKind.Utc), online.DtStart.AsUtc);
        var visit = parsed.Events.Single(e => e.Summary == "Study visit to Cape Town");
        Assert.Equal(("Africa/Johannesburg", new DateTime(2022, 6, 13, 9, 0, 0)), (visit.DtStart!.TzId, visit.DtStart.Value));
        Assert.Equal(new DateTime(2022, 6, 18, 15, 0, 0, DateTimeKind.Utc), visit.DtEnd!.AsUtc);
    }

    [Fact]
    public void Write_AnEditedActivity_KeepsItsUidAndCarriesItsSequence()
    {
        var first = Calendar.Load(ActivityCalendar.Write([Online(0)], "ICP"))!.Events.Single();
        var edited = Calendar.Load(ActivityCalendar.Write([Online(3)], "ICP"))!.Events.Single();

        Assert.Equal("activity-6f0c6a55-8c1e-4f1f-9d47-2f3f0a1b2c3d@icp-portal", first.Uid);
        Assert.Equal(first.Uid, edited.Uid);
        Assert.Equal((0, 3), (first.Sequence, edited.Sequence));
        Assert.Equal(new Uri("https://icp.example.eu/activities/7"), edited.Url);
    }

    [Fact]
    public void Write_APhase_IsAnAllDayEventEndingTheDayAfterItsLast()
    {
        var phase = new CalendarEntry(ActivityCalendar.PhaseUid("ICP-AGIR-2021", 5), 0, "Online cooperation", "", "", null, Stamp,
            FirstDay: new DateOnly(2022, 5, 1), LastDay: new DateOnly(2022, 12, 31));

        var parsed = Calendar.Load(ActivityCalendar.Write([phase], "ICP"))!;
        var item = parsed.Events.Single();

        Assert.False(item.DtStart!.HasTime);
        Assert.Equal((new DateOnly(2022, 5, 1), new DateOnly(2023, 1, 1)), (DateOnly.FromDateTime(item.DtStart.Value), DateOnly.FromDateTime(item.DtEnd!.Value)));
        Assert.Equal("phase-icp-agir-2021-5@icp-portal", item.Uid);
        Assert.Empty(parsed.TimeZones);
    }

    [Fact]
    public void Write_SameInput_GivesTheSameFile()
    {
        Assert.Equal(ActivityCalendar.Write([Online(), Visit()], "ICP"), ActivityCalendar.Write([Online(), Visit()], "ICP"));
    }
}
