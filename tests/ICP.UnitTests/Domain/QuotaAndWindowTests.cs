using ICP.Domain.Common;
using ICP.Domain.Programme;
using ICP.UnitTests.Builders;
using Xunit;

namespace ICP.UnitTests.Domain;

/// <summary>Seats of every quota group, and the windows of the call and of one city with an extension.</summary>
public sealed class QuotaAndWindowTests
{
    private static readonly DateTimeOffset GrantedAt = new(2021, 11, 10, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("CA", 4)]
    [InlineData("ZA", 4)]
    [InlineData("SG", 1)]
    [InlineData("HK", 1)]
    [InlineData("KR", 2)]
    [InlineData("TW", 2)]
    public void HasRoomFor_PartnerGroup_UntilItsSeatsAreTaken(string code, int seats)
    {
        var group = Programme.IcpAgir2021Call().QuotaGroups.Single(g => g.Code == code);

        Assert.Equal(seats, group.Seats);
        Assert.Null(group.PerCountryCap);
        Assert.True(group.HasRoomFor(code, seats - 1, seats - 1));
        Assert.False(group.HasRoomFor(code, seats, seats));
    }

    [Fact]
    public void HasRoomFor_EuGroup_OtherMemberStateStillFitsWhenOneIsAtItsCap()
    {
        var eu = Programme.IcpAgir2021Call().QuotaGroups.Single(g => g.Code == "EU");

        Assert.False(eu.HasRoomFor("IT", 6, 3));
        Assert.True(eu.HasRoomFor("FR", 6, 0));
        Assert.False(eu.HasRoomFor("CA", 0, 0));
    }

    [Fact]
    public void ExtendDeadline_Twice_TheLastOneIsInForce_AndEachRemembersThePrevious()
    {
        var call = Programme.IcpAgir2021Call();
        var first = call.Deadline.AddDays(7);
        var second = call.Deadline.AddDays(14);

        call.ExtendDeadline(first, "Many requests", "staff-1", GrantedAt);
        var extension = call.ExtendDeadline(second, "Still many requests", "staff-1", GrantedAt.AddDays(3));

        Assert.Equal(second, call.CurrentDeadline);
        Assert.Equal(first, extension.PreviousDeadline);
        Assert.Equal(2, call.DeadlineExtensions.Count);
        Assert.Equal(second, call.WindowFor(7).Deadline);
        var back = Assert.Throws<DeadlineRefusedException>(() => call.ExtendDeadline(first.AddDays(1), "Back", "staff-1", GrantedAt.AddDays(4)));
        Assert.Equal(DeadlineRefusal.NotLater, back.Reason);
    }

    [Fact]
    public void ExtendDeadline_InThePast_TooFar_OrAfterEvaluationBegan_IsRefusedAndChangesNothing()
    {
        var call = Programme.IcpAgir2021Call();
        var afterDeadline = call.Deadline.AddDays(3);

        Assert.Equal(DeadlineRefusal.InThePast,
            Assert.Throws<DeadlineRefusedException>(() => call.ExtendDeadline(call.Deadline.AddDays(2), "Reopen", "staff-1", afterDeadline)).Reason);
        Assert.Equal(DeadlineRefusal.TooFar,
            Assert.Throws<DeadlineRefusedException>(() => call.ExtendDeadline(call.Deadline.AddYears(180), "2201 for 2021", "staff-1", GrantedAt)).Reason);
        Assert.Equal(DeadlineRefusal.EvaluationStarted,
            Assert.Throws<DeadlineRefusedException>(() => call.ExtendDeadline(call.Deadline.AddDays(7), "Late", "staff-1", GrantedAt, evaluationStarted: true)).Reason);
        Assert.Equal(DeadlineRefusal.EvaluationStarted,
            Assert.Throws<DeadlineRefusedException>(() => call.GrantIndividualExtension(7, call.Deadline.AddDays(7), "Late", "staff-1", GrantedAt, evaluationStarted: true)).Reason);
        Assert.Empty(call.DeadlineExtensions);
        Assert.Empty(call.IndividualExtensions);
        Assert.Equal(call.Deadline, call.CurrentDeadline);

        // Within a year of the original deadline, reopening a closed call is possible until evaluation begins.
        call.ExtendDeadline(call.Deadline.AddDays(10), "Reopened: the portal was down on the last day", "staff-1", afterDeadline);
        Assert.Equal(CallState.Open, call.StateAt(afterDeadline.AddMinutes(1)));
    }

    [Fact]
    public void CurrentDeadline_IsTheLatestDeadlineSet_WhicheverExtensionWasRecordedLast()
    {
        var call = Programme.IcpAgir2021Call();
        call.ExtendDeadline(call.Deadline.AddDays(14), "Two weeks", "staff-1", GrantedAt);

        Assert.Throws<DeadlineRefusedException>(() => call.ExtendDeadline(call.Deadline.AddDays(7), "One week", "staff-2", GrantedAt.AddMinutes(1)));
        Assert.Equal(call.Deadline.AddDays(14), call.CurrentDeadline);
    }

    [Fact]
    public void WindowFor_CityWithAnIndividualExtension_GetsItsOwnDeadline_OthersKeepTheCalls()
    {
        var call = Programme.IcpAgir2021Call();
        call.ExtendDeadline(call.Deadline.AddDays(7), "Many requests", "staff-1", GrantedAt);
        var until = call.Deadline.AddDays(10);

        call.GrantIndividualExtension(7, until, "Flooding", "staff-1", GrantedAt.AddDays(1));

        Assert.Equal(new ApplicationWindow(call.OpensAt, until), call.WindowFor(7));
        Assert.Equal(new ApplicationWindow(call.OpensAt, call.Deadline.AddDays(7)), call.WindowFor(8));
        Assert.Equal(call.Window, call.WindowFor(8));
    }

    [Fact]
    public void WindowFor_IndividualExtensionEndingBeforeTheDeadline_NeverShortensIt()
    {
        var call = Programme.IcpAgir2021Call();

        call.GrantIndividualExtension(7, call.Deadline.AddDays(-2), "Asked for too early", "staff-1", GrantedAt);

        Assert.Equal(call.Deadline, call.WindowFor(7).Deadline);
    }

    [Fact]
    public void GrantIndividualExtension_EndingInThePast_IsRefused()
    {
        var call = Programme.IcpAgir2021Call();

        Assert.Equal(DeadlineRefusal.InThePast, Assert.Throws<DeadlineRefusedException>(() => call.GrantIndividualExtension(7, GrantedAt, "Too late", "staff-1", GrantedAt)).Reason);
        Assert.Throws<InvalidProgrammeDataException>(() => call.GrantIndividualExtension(7, call.Deadline.AddDays(1), " ", "staff-1", GrantedAt));
        Assert.Empty(call.IndividualExtensions);
    }
}
