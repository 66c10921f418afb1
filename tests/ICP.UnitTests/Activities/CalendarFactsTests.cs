using ICP.Domain.Activities;
using ICP.Domain.Programme;
using ICP.UnitTests.Builders;
using Xunit;

namespace ICP.UnitTests.Activities;

/// <summary>
/// Which edits participants are told of (what their calendar shows: title, time, zone, place,
/// joining link) and which activities a participating city's own calendar carries.
/// </summary>
public sealed class CalendarFactsTests
{
    private static readonly DateTimeOffset Now = new(2022, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private static TimelinePhase Phase(PhaseKind kind) => Programme.IcpAgir2021Call().Phases.First(p => p.Kind == kind);

    private static bool TellsParticipants(Func<ActivityDetails, ActivityDetails> edit)
    {
        var session = ActivityTests.OnlineSession(50);
        var before = session.CalendarFacts;
        session.Revise(Phase(PhaseKind.OnlineCooperation), edit(ActivityTests.OnlineDetails(50)), "manager-1", Now);
        Assert.Equal(1, session.Sequence);
        return CalendarFacts.TellParticipants(before, session.CalendarFacts);
    }

    [Fact]
    public void Revise_TimeTitleOrJoiningLink_ParticipantsAreTold()
    {
        Assert.True(TellsParticipants(d => d with { StartsAt = d.StartsAt.AddHours(1), EndsAt = d.EndsAt.AddHours(1) }));
        Assert.True(TellsParticipants(d => d with { EndsAt = d.EndsAt.AddMinutes(30) }));
        Assert.True(TellsParticipants(d => d with { Title = "Air quality in port cities: the results" }));
        Assert.True(TellsParticipants(d => d with { JoiningLink = "https://meet.example.eu/icp/air-2" }));
    }

    [Fact]
    public void Revise_DescriptionSpeakersOrCapacityOnly_NobodyIsTold_ButTheSequenceStillGrows()
    {
        Assert.False(TellsParticipants(d => d with { Description = "Speakers from Busan, Marseille and Durban." }));
        Assert.False(TellsParticipants(d => d with { Speakers = "A. Kim" }));
        Assert.False(TellsParticipants(d => d with { Capacity = 80 }));
        Assert.False(TellsParticipants(d => d));
    }

    [Fact]
    public void CalendarFacts_TheSameInstantWrittenInAnotherOffset_IsNoChange()
    {
        var facts = ActivityTests.OnlineSession().CalendarFacts;

        Assert.False(CalendarFacts.TellParticipants(facts, facts with { StartsAt = facts.StartsAt.ToOffset(TimeSpan.FromHours(9)) }));
        Assert.True(CalendarFacts.TellParticipants(facts, facts with { TimeZoneId = "Europe/Paris" }));
        Assert.True(CalendarFacts.TellParticipants(facts, facts with { Place = "Palais des congrès" }));
    }

    [Theory]
    [InlineData(ActivityKind.StudyVisit, false, false, -1, true)]   // before the cut-off: the city may still send delegates
    [InlineData(ActivityKind.StudyVisit, false, false, 0, false)]   // at the cut-off without delegates: other cities' trip
    [InlineData(ActivityKind.StudyVisit, true, true, 1, true)]      // after the cut-off with the city's delegates
    [InlineData(ActivityKind.StudyVisit, true, false, 1, false)]    // public, but the city does not go
    [InlineData(ActivityKind.OnlineSession, true, false, 1, true)]  // public sessions: the city may join
    [InlineData(ActivityKind.OnlineSession, false, false, -1, false)]
    [InlineData(ActivityKind.ClosingConference, true, false, 1, true)]
    public void ConcernsCity_StudyVisitsByDelegatesOrCutoff_OtherActivitiesWhenPublic(ActivityKind kind, bool isPublic, bool hasDelegates, int daysFromCutoff, bool expected)
    {
        var cutoff = new DateTimeOffset(2022, 5, 31, 22, 0, 0, TimeSpan.Zero);
        var now = daysFromCutoff == 0 ? cutoff : cutoff.AddDays(daysFromCutoff);

        Assert.Equal(expected, Activity.ConcernsCity(kind, isPublic, kind == ActivityKind.StudyVisit ? cutoff : null, hasDelegates, now));
    }

    [Theory]
    [InlineData(false, false, -1, true)]   // not public, keeping places: the city may still register delegates
    [InlineData(false, true, 1, true)]     // not public, after the cut-off, with the city's delegates
    [InlineData(false, false, 1, false)]   // not public, after the cut-off, without them: not the city's
    [InlineData(true, false, 1, true)]     // public: the city may come anyway
    public void ConcernsCity_AConferenceKeepingPlaces_ByDelegatesOrCutoffOrWhenPublic(bool isPublic, bool hasDelegates, int daysFromCutoff, bool expected)
    {
        var cutoff = new DateTimeOffset(2023, 1, 31, 23, 0, 0, TimeSpan.Zero);

        Assert.Equal(expected, Activity.ConcernsCity(ActivityKind.ClosingConference, isPublic, cutoff, hasDelegates, cutoff.AddDays(daysFromCutoff)));
    }
}
