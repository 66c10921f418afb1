using ICP.Domain.Activities;
using ICP.Domain.Programme;
using ICP.UnitTests.Builders;
using Xunit;

namespace ICP.UnitTests.Activities;

/// <summary>An activity's details per kind: the phase it belongs to, time zones, the study visit's cut-off, edits and their SEQUENCE.</summary>
public sealed class ActivityTests
{
    private const string Manager = "manager-1";

    private static readonly DateTimeOffset Now = new(2022, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private static TimelinePhase Phase(PhaseKind kind) => Programme.IcpAgir2021Call().Phases.First(p => p.Kind == kind);

    internal static ActivityDetails OnlineDetails(int capacity = 2) => new(
        "Air quality in port cities", "Speakers from Busan and Marseille.",
        new DateTimeOffset(2022, 6, 15, 10, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2022, 6, 15, 12, 0, 0, TimeSpan.FromHours(2)),
        "Europe/Brussels", IsPublic: true, ThemeSlug: "air-quality", Speakers: "A. Kim, B. Martin",
        JoiningLink: "https://meet.example.eu/icp/air", Capacity: capacity);

    internal static Activity OnlineSession(int capacity = 2) =>
        Activity.Create(Phase(PhaseKind.OnlineCooperation), ActivityKind.OnlineSession, OnlineDetails(capacity), Manager, Now);

    private static ActivityDetails VisitDetails() => new(
        "Working meeting and study visit in Cape Town", "Six days with the South African cluster.",
        new DateTimeOffset(2022, 6, 13, 9, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2022, 6, 18, 17, 0, 0, TimeSpan.FromHours(2)),
        "Africa/Johannesburg", IsPublic: true, HostCity: "Cape Town", Place: "Civic Centre, 12 Hertzog Boulevard",
        Agenda: "Day 1: welcome", DelegateLimitPerCity: 3, DelegateCutoff: new DateTimeOffset(2022, 5, 31, 22, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Create_OnlineSession_KeepsItsDetailsAsUtcInstantsAtSequenceZero()
    {
        var session = OnlineSession(50);

        Assert.Equal(new DateTimeOffset(2022, 6, 15, 8, 0, 0, TimeSpan.Zero), session.StartsAt);
        Assert.Equal(TimeSpan.Zero, session.StartsAt.Offset);
        Assert.Equal((50, 50, "air-quality", 0), (session.Capacity, session.PublicPlaces, session.ThemeSlug, session.Sequence));
        Assert.True(session.TakesPublicRegistrations);
        Assert.NotEqual(Guid.Empty, session.CalendarUid);
        Assert.Equal(string.Empty, session.Place);
    }

    [Fact]
    public void Create_OnlineSessionInAStudyVisitPhase_IsRefusedAsWrongPhase()
    {
        var refused = Assert.Throws<ActivityInvalidException>(() =>
            Activity.Create(Phase(PhaseKind.StudyVisit), ActivityKind.OnlineSession, OnlineDetails(), Manager, Now));

        Assert.Equal(ActivityProblem.WrongPhase, refused.Problem);
    }

    [Theory]
    [InlineData("Europe/Paris", ActivityProblem.OnlineNotInBrussels)]
    [InlineData("Mars/Olympus", ActivityProblem.UnknownTimeZone)]
    [InlineData("UTC", ActivityProblem.UnknownTimeZone)]
    public void Create_OnlineSessionOutsideBrusselsTime_IsRefused(string zone, ActivityProblem problem)
    {
        var refused = Assert.Throws<ActivityInvalidException>(() =>
            Activity.Create(Phase(PhaseKind.OnlineCooperation), ActivityKind.OnlineSession, OnlineDetails() with { TimeZoneId = zone }, Manager, Now));

        Assert.Equal(problem, refused.Problem);
    }

    [Theory]
    [InlineData("http://meet.example.eu/icp")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/meeting")]
    [InlineData("")]
    public void Create_JoiningLinkNotHttps_IsRefused(string link)
    {
        var refused = Assert.Throws<ActivityInvalidException>(() =>
            Activity.Create(Phase(PhaseKind.OnlineCooperation), ActivityKind.OnlineSession, OnlineDetails() with { JoiningLink = link }, Manager, Now));

        Assert.Equal(ActivityProblem.JoiningLinkInvalid, refused.Problem);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void Create_CapacityOutOfRange_IsRefused(int capacity)
    {
        var refused = Assert.Throws<ActivityInvalidException>(() =>
            Activity.Create(Phase(PhaseKind.OnlineCooperation), ActivityKind.OnlineSession, OnlineDetails(capacity), Manager, Now));

        Assert.Equal(ActivityProblem.CapacityOutOfRange, refused.Problem);
    }

    [Fact]
    public void Create_EndBeforeStart_IsRefused()
    {
        var details = OnlineDetails() with { EndsAt = OnlineDetails().StartsAt };

        var refused = Assert.Throws<ActivityInvalidException>(() =>
            Activity.Create(Phase(PhaseKind.OnlineCooperation), ActivityKind.OnlineSession, details, Manager, Now));

        Assert.Equal(ActivityProblem.EndsBeforeStart, refused.Problem);
    }

    [Fact]
    public void Create_StudyVisit_KeepsHostZoneAndTakesNoPublicRegistration()
    {
        var visit = Activity.Create(Phase(PhaseKind.StudyVisit), ActivityKind.StudyVisit, VisitDetails(), Manager, Now);

        Assert.Equal(("Cape Town", "Africa/Johannesburg", 3, (int?)null), (visit.HostCity, visit.TimeZoneId, visit.DelegateLimitPerCity!.Value, visit.Capacity));
        Assert.False(visit.TakesPublicRegistrations);
        Assert.Throws<RegistrationNotOfferedException>(() => visit.Register(RegistrationTests.Request("a@example.org"), "c", "x", Now));
    }

    [Fact]
    public void Create_StudyVisitCutoffAfterItsStart_IsRefused()
    {
        var details = VisitDetails() with { DelegateCutoff = VisitDetails().StartsAt.AddSeconds(1) };

        var refused = Assert.Throws<ActivityInvalidException>(() =>
            Activity.Create(Phase(PhaseKind.StudyVisit), ActivityKind.StudyVisit, details, Manager, Now));

        Assert.Equal(ActivityProblem.CutoffAfterStart, refused.Problem);
    }

    [Fact]
    public void AcceptsDelegatesAt_LastTickBeforeTheCutoff_OpenAndAtTheCutoff_Closed()
    {
        var visit = Activity.Create(Phase(PhaseKind.StudyVisit), ActivityKind.StudyVisit, VisitDetails(), Manager, Now);
        var cutoff = visit.DelegateCutoff!.Value;

        Assert.True(visit.AcceptsDelegatesAt(cutoff.AddTicks(-1)));
        Assert.False(visit.AcceptsDelegatesAt(cutoff));
        Assert.Equal(cutoff, Assert.Throws<DelegateCutoffPassedException>(() => visit.EnsureAcceptsDelegates(cutoff)).Cutoff);
    }

    [Fact]
    public void Create_ConferenceWithSessionOutsideItsDays_IsRefused()
    {
        var start = new DateTimeOffset(2023, 2, 22, 9, 0, 0, TimeSpan.FromHours(1));
        var details = new ActivityDetails(
            "Closing conference", "Results of the partnerships.", start, start.AddHours(8), "Europe/Rome", IsPublic: true,
            Place: "Milan", Capacity: 300, PlacesForCities: 100, DelegateLimitPerCity: 4, DelegateCutoff: start.AddDays(-20),
            Programme: [new ConferenceSessionDetails("Opening", start, start.AddHours(1), "Commissioner"), new ConferenceSessionDetails("Late", start.AddHours(7), start.AddHours(9), "")]);

        var refused = Assert.Throws<ActivityInvalidException>(() =>
            Activity.Create(Phase(PhaseKind.ClosingConference), ActivityKind.ClosingConference, details, Manager, Now));

        Assert.Equal(ActivityProblem.SessionOutsideActivity, refused.Problem);
    }

    [Fact]
    public void Create_Conference_KeepsPlacesForCitiesOutOfThePublicOnesAndOrdersItsProgramme()
    {
        var start = new DateTimeOffset(2023, 2, 22, 9, 0, 0, TimeSpan.FromHours(1));
        var details = new ActivityDetails(
            "Closing conference", "Results of the partnerships.", start, start.AddHours(8), "Europe/Rome", IsPublic: true,
            Place: "Milan", Capacity: 300, PlacesForCities: 100, DelegateLimitPerCity: 4, DelegateCutoff: start.AddDays(-20),
            Programme: [new ConferenceSessionDetails("Panel", start.AddHours(2), start.AddHours(3), ""), new ConferenceSessionDetails("Opening", start, start.AddHours(1), "Commissioner")]);

        var conference = Activity.Create(Phase(PhaseKind.ClosingConference), ActivityKind.ClosingConference, details, Manager, Now);

        Assert.Equal(200, conference.PublicPlaces);
        Assert.Equal(["Opening", "Panel"], conference.Sessions.OrderBy(s => s.Order).Select(s => s.Title));
    }

    [Fact]
    public void Revise_AnEdit_BumpsSequenceKeepsUidAndRenewsToken()
    {
        var session = OnlineSession();
        var (uid, token) = (session.CalendarUid, session.ConcurrencyToken);

        session.Revise(Phase(PhaseKind.OnlineCooperation), OnlineDetails() with { Title = "Air quality in ports" }, Manager, Now);
        session.Revise(Phase(PhaseKind.OnlineCooperation), OnlineDetails() with { Title = "Air quality in harbours" }, Manager, Now);

        Assert.Equal((2, uid, "Air quality in harbours"), (session.Sequence, session.CalendarUid, session.Title));
        Assert.NotEqual(token, session.ConcurrencyToken);
    }

    [Fact]
    public void Revise_CapacityBelowTheConfirmedPlaces_IsRefusedAndChangesNothing()
    {
        var session = OnlineSession(2);
        RegistrationTests.Confirmed(session, "a@example.org");
        RegistrationTests.Confirmed(session, "b@example.org");

        var refused = Assert.Throws<ActivityInvalidException>(() =>
            session.Revise(Phase(PhaseKind.OnlineCooperation), OnlineDetails(1), Manager, Now));

        Assert.Equal(ActivityProblem.CapacityBelowConfirmed, refused.Problem);
        Assert.Equal((2, 0), (session.Capacity!.Value, session.Sequence));
    }

    [Fact]
    public void Revise_MoreCapacity_GivesThePlacesToTheWaitingInOrder()
    {
        var session = OnlineSession(1);
        RegistrationTests.Confirmed(session, "a@example.org");
        var first = RegistrationTests.Confirmed(session, "b@example.org", Now.AddMinutes(1));
        var second = RegistrationTests.Confirmed(session, "c@example.org", Now.AddMinutes(2));

        var promoted = session.Revise(Phase(PhaseKind.OnlineCooperation), OnlineDetails(2), Manager, Now.AddMinutes(3));

        Assert.Equal([first], promoted);
        Assert.Equal((RegistrationStatus.Confirmed, RegistrationStatus.Waiting), (first.Status, second.Status));
    }
}
