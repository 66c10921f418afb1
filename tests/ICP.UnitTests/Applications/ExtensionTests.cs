using ICP.Domain.Common;
using ICP.Domain.Programme;
using ICP.UnitTests.Builders;
using Xunit;

namespace ICP.UnitTests.Applications;

public sealed class ExtensionTests
{
    private static readonly DateTimeOffset GrantedAt = new(2021, 11, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NewDeadline = new(2021, 11, 30, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ExtendDeadline_MovesTheWindowForEveryone_AndRemembersTheOldDeadline()
    {
        var call = Programme.IcpAgir2021Call();
        var original = call.Deadline;

        var extension = call.ExtendDeadline(NewDeadline, "Requests from many cities", "staff-1", GrantedAt);

        Assert.Equal(NewDeadline, call.CurrentDeadline);
        Assert.Equal(original, extension.PreviousDeadline);
        Assert.Equal(original, call.Deadline);
        Assert.Equal(CallState.Open, call.StateAt(original));
        Assert.Equal(CallState.Closed, call.StateAt(NewDeadline));
    }

    [Fact]
    public void ExtendDeadline_ToAnEarlierOrEqualDate_IsRefused()
    {
        var call = Programme.IcpAgir2021Call();

        Assert.Equal(DeadlineRefusal.NotLater, Assert.Throws<DeadlineRefusedException>(() => call.ExtendDeadline(call.Deadline, "No change", "staff-1", GrantedAt)).Reason);
        Assert.Throws<InvalidProgrammeDataException>(() => call.ExtendDeadline(call.Deadline.AddDays(5), "  ", "staff-1", GrantedAt));
    }

    [Fact]
    public void IndividualExtension_OnlyMovesThatAuthoritysWindow()
    {
        var call = Programme.IcpAgir2021Call();
        var until = call.Deadline.AddDays(2);

        call.GrantIndividualExtension(7, until, "Flooding", "staff-1", GrantedAt);

        Assert.Equal(until, call.WindowFor(7).Deadline);
        Assert.Equal(call.Deadline, call.WindowFor(8).Deadline);
        Assert.True(call.WindowFor(7).IsOpenAt(until.AddTicks(-1)));
        Assert.False(call.WindowFor(7).IsOpenAt(until));
    }

    [Fact]
    public void IndividualExtension_EarlierThanACallWideOne_DoesNotShortenIt()
    {
        var call = Programme.IcpAgir2021Call();
        call.GrantIndividualExtension(7, call.Deadline.AddDays(2), "Flooding", "staff-1", GrantedAt);

        call.ExtendDeadline(NewDeadline, "Everyone", "staff-1", GrantedAt.AddDays(1));

        Assert.Equal(NewDeadline, call.WindowFor(7).Deadline);
    }

    [Fact]
    public void IndividualExtension_Revoked_FallsBackToTheCallsDeadline()
    {
        var call = Programme.IcpAgir2021Call();
        call.GrantIndividualExtension(7, call.Deadline.AddDays(2), "Flooding", "staff-1", GrantedAt);

        call.RevokeIndividualExtension(7, "staff-2", GrantedAt.AddHours(1));

        Assert.Equal(call.Deadline, call.WindowFor(7).Deadline);
        Assert.All(call.IndividualExtensions, e => Assert.Equal("staff-2", e.RevokedBy));
    }

    [Fact]
    public void IndividualExtension_GrantedAgain_ReplacesTheEarlierOne()
    {
        var call = Programme.IcpAgir2021Call();
        call.GrantIndividualExtension(7, call.Deadline.AddDays(5), "First", "staff-1", GrantedAt);

        call.GrantIndividualExtension(7, call.Deadline.AddDays(1), "Corrected", "staff-1", GrantedAt.AddHours(1));

        Assert.Equal(call.Deadline.AddDays(1), call.WindowFor(7).Deadline);
        Assert.Single(call.IndividualExtensions, e => e.IsActive);
    }
}
