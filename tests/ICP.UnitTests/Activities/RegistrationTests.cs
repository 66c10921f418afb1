using ICP.Domain.Activities;
using ICP.Domain.Common;
using Xunit;

namespace ICP.UnitTests.Activities;

/// <summary>Public registration: the window closing at the start, confirmation before a place is held, capacity, the waiting list and its promotions.</summary>
public sealed class RegistrationTests
{
    private static readonly DateTimeOffset Now = new(2022, 6, 1, 9, 0, 0, TimeSpan.Zero);

    internal static RegistrationRequest Request(string email, bool consent = true) =>
        new("Ana Pereira", email, "Câmara Municipal", "pt", consent, "fr");

    internal static ActivityRegistration Confirmed(Activity activity, string email, DateTimeOffset? at = null)
    {
        var (_, confirm) = RegistrationToken.New();
        var (_, cancel) = RegistrationToken.New();
        var registration = activity.Register(Request(email), confirm, cancel, at ?? Now).Registration;
        activity.Confirm(registration, at ?? Now);
        return registration;
    }

    [Fact]
    public void Register_NewAddress_AwaitsConfirmationAndHoldsNoPlace()
    {
        var session = ActivityTests.OnlineSession(1);

        var attempt = session.Register(Request("  Ana@Example.ORG "), "h1", "h2", Now);

        Assert.True(attempt.IsNew);
        Assert.Equal((RegistrationStatus.AwaitingConfirmation, "ana@example.org", "PT", "fr"),
            (attempt.Registration.Status, attempt.Registration.Email, attempt.Registration.CountryCode, attempt.Registration.Culture));
        Assert.Equal((0, 1), (session.PlacesTaken, session.PlacesLeft));
    }

    [Fact]
    public void Register_WithoutConsent_IsRefusedAndAddsNothing()
    {
        var session = ActivityTests.OnlineSession();

        Assert.Throws<ConsentRequiredException>(() => session.Register(Request("a@example.org", consent: false), "h1", "h2", Now));
        Assert.Empty(session.Registrations);
    }

    [Fact]
    public void Register_SameAddressAgain_ReturnsTheSameRegistrationWithNewLinks()
    {
        var session = ActivityTests.OnlineSession();
        var first = session.Register(Request("a@example.org"), "h1", "h2", Now).Registration;

        var again = session.Register(Request("A@example.org"), "h3", "h4", Now);

        Assert.False(again.IsNew);
        Assert.Same(first, again.Registration);
        Assert.Equal(("h3", "h4"), (first.ConfirmTokenHash, first.CancelTokenHash));
        Assert.Single(session.Registrations);
    }

    [Fact]
    public void Register_AfterCancelling_MakesANewRegistration()
    {
        var session = ActivityTests.OnlineSession();
        var first = Confirmed(session, "a@example.org");
        session.Cancel(first, Now);

        var again = session.Register(Request("a@example.org"), "h3", "h4", Now);

        Assert.True(again.IsNew);
        Assert.Equal(2, session.Registrations.Count);
    }

    [Fact]
    public void Register_LastTickBeforeTheStart_IsAcceptedAndAtTheStart_Refused()
    {
        var session = ActivityTests.OnlineSession();

        session.Register(Request("a@example.org"), "h1", "h2", session.StartsAt.AddTicks(-1));
        var refused = Assert.Throws<RegistrationClosedException>(() => session.Register(Request("b@example.org"), "h3", "h4", session.StartsAt));

        Assert.Equal(session.StartsAt, refused.StartsAt);
        Assert.Single(session.Registrations);
        Assert.False(session.IsRegistrationOpen(session.StartsAt));
    }

    [Fact]
    public void Confirm_PlaceFree_Confirms_AndWhenFull_PutsOnTheWaitingList()
    {
        var session = ActivityTests.OnlineSession(1);

        var first = Confirmed(session, "a@example.org");
        var second = Confirmed(session, "b@example.org");

        Assert.Equal((RegistrationStatus.Confirmed, RegistrationStatus.Waiting), (first.Status, second.Status));
        Assert.Equal((1, 0), (session.PlacesTaken, session.PlacesLeft));
        Assert.Equal([second], session.WaitingList);
    }

    [Fact]
    public void Confirm_FollowedTwice_ChangesNothing()
    {
        var session = ActivityTests.OnlineSession(1);
        var registration = Confirmed(session, "a@example.org");
        var confirmedAt = registration.ConfirmedAt;

        var status = session.Confirm(registration, Now.AddHours(1));

        Assert.Equal(RegistrationStatus.Confirmed, status);
        Assert.Equal(confirmedAt, registration.ConfirmedAt);
    }

    [Fact]
    public void Confirm_AtTheStart_IsRefusedAndHoldsNoPlace()
    {
        var session = ActivityTests.OnlineSession(1);
        var registration = session.Register(Request("a@example.org"), "h1", "h2", Now).Registration;

        Assert.Throws<RegistrationClosedException>(() => session.Confirm(registration, session.StartsAt));
        Assert.Equal(RegistrationStatus.AwaitingConfirmation, registration.Status);
    }

    [Fact]
    public void Confirm_CancelledRegistration_IsRefused()
    {
        var session = ActivityTests.OnlineSession(1);
        var registration = session.Register(Request("a@example.org"), "h1", "h2", Now).Registration;
        session.Cancel(registration, Now);

        Assert.Equal(RegistrationStatus.Cancelled, Assert.Throws<RegistrationNotActiveException>(() => session.Confirm(registration, Now)).Status);
    }

    [Fact]
    public void Cancel_AConfirmedPlace_PromotesTheFirstWaiting()
    {
        var session = ActivityTests.OnlineSession(1);
        var holder = Confirmed(session, "a@example.org");
        var first = Confirmed(session, "b@example.org", Now.AddMinutes(1));
        var second = Confirmed(session, "c@example.org", Now.AddMinutes(2));

        var promoted = session.Cancel(holder, Now.AddMinutes(5));

        Assert.Same(first, promoted);
        Assert.Equal((RegistrationStatus.Cancelled, RegistrationStatus.Confirmed, RegistrationStatus.Waiting), (holder.Status, first.Status, second.Status));
        Assert.Equal(Now.AddMinutes(5), first.PromotedAt);
        Assert.Equal(1, session.PlacesTaken);
    }

    [Fact]
    public void Cancel_AWaitingOne_PromotesNobody()
    {
        var session = ActivityTests.OnlineSession(1);
        Confirmed(session, "a@example.org");
        var waiting = Confirmed(session, "b@example.org");
        var next = Confirmed(session, "c@example.org");

        Assert.Null(session.Cancel(waiting, Now));
        Assert.Equal(RegistrationStatus.Waiting, next.Status);
    }

    [Fact]
    public void Cancel_AfterTheStart_PromotesNobody()
    {
        var session = ActivityTests.OnlineSession(1);
        var holder = Confirmed(session, "a@example.org");
        var waiting = Confirmed(session, "b@example.org");

        Assert.Null(session.Cancel(holder, session.StartsAt));
        Assert.Equal(RegistrationStatus.Waiting, waiting.Status);
    }

    [Fact]
    public void Cancel_Twice_ChangesNothingTheSecondTime()
    {
        var session = ActivityTests.OnlineSession(1);
        var holder = Confirmed(session, "a@example.org");
        var waiting = Confirmed(session, "b@example.org");
        session.Cancel(holder, Now);
        var cancelledAt = holder.CancelledAt;

        Assert.Null(session.Cancel(holder, Now.AddHours(1)));
        Assert.Equal(cancelledAt, holder.CancelledAt);
        Assert.Equal(RegistrationStatus.Confirmed, waiting.Status);
    }

    [Fact]
    public void Promote_ByStaffWhenFull_SeatsOneMore()
    {
        var session = ActivityTests.OnlineSession(1);
        Confirmed(session, "a@example.org");
        var waiting = Confirmed(session, "b@example.org");

        session.Promote(waiting, Now);

        Assert.Equal((RegistrationStatus.Confirmed, 2, 0), (waiting.Status, session.PlacesTaken, session.PlacesLeft));
    }

    [Fact]
    public void Promote_NotWaiting_IsRefused()
    {
        var session = ActivityTests.OnlineSession(2);
        var holder = Confirmed(session, "a@example.org");

        Assert.Throws<RegistrationNotActiveException>(() => session.Promote(holder, Now));
    }

    [Fact]
    public void Confirm_ConferenceFull_KeepsThePlacesForCitiesOutOfReach()
    {
        var start = new DateTimeOffset(2023, 2, 22, 9, 0, 0, TimeSpan.FromHours(1));
        var conference = Activity.Create(
            ICP.UnitTests.Builders.Programme.IcpAgir2021Call().Phases.First(p => p.Kind == ICP.Domain.Programme.PhaseKind.ClosingConference),
            ActivityKind.ClosingConference,
            new ActivityDetails("Closing conference", "", start, start.AddHours(8), "Europe/Rome", IsPublic: true, Place: "Milan", Capacity: 3, PlacesForCities: 2,
                DelegateLimitPerCity: 2, DelegateCutoff: start.AddDays(-20)),
            "manager-1", Now);

        var first = Confirmed(conference, "a@example.org");
        var second = Confirmed(conference, "b@example.org");

        Assert.Equal((RegistrationStatus.Confirmed, RegistrationStatus.Waiting), (first.Status, second.Status));
    }

    [Fact]
    public void Register_InvalidCountryOrAddress_IsRefused()
    {
        var session = ActivityTests.OnlineSession();

        Assert.Throws<InvalidProgrammeDataException>(() => session.Register(Request("a@example.org") with { CountryCode = "Portugal" }, "h1", "h2", Now));
        Assert.Throws<InvalidProgrammeDataException>(() => session.Register(Request("not-an-address"), "h1", "h2", Now));
        Assert.Empty(session.Registrations);
    }

    [Fact]
    public void RegistrationToken_New_IsRandomAndOnlyItsHashMatches()
    {
        var (token, hash) = RegistrationToken.New();
        var (other, _) = RegistrationToken.New();

        Assert.NotEqual(token, other);
        Assert.Equal(hash, RegistrationToken.Hash(token));
        Assert.Equal(RegistrationToken.HashLength, hash.Length);
        Assert.DoesNotContain(token, hash, StringComparison.Ordinal);
    }
}
