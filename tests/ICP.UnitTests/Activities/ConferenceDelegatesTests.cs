using CsCheck;
using ICP.Domain.Activities;
using ICP.Domain.Cooperation;
using ICP.Domain.Programme;
using ICP.UnitTests.Builders;
using Xunit;

namespace ICP.UnitTests.Activities;

/// <summary>
/// The closing conference: the participating cities' delegates first, then the public. Kept places
/// are out of the public's reach until the delegates' cut-off; then the unused ones go to the public,
/// the waiting list served in order; a place is never given twice.
/// </summary>
public sealed class ConferenceDelegatesTests
{
    private static readonly DateTimeOffset Start = new(2023, 2, 22, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Cutoff = Start.AddDays(-20);
    private static readonly DateTimeOffset Early = Cutoff.AddDays(-30);
    private static readonly DateTimeOffset ReleaseAt = Cutoff + Activity.CityPlacesReleaseGrace;

    internal static Activity Conference(int capacity = 5, int placesForCities = 3, int limitPerCity = 2) => Activity.Create(
        Programme.IcpAgir2021Call().Phases.First(p => p.Kind == PhaseKind.ClosingConference), ActivityKind.ClosingConference,
        new ActivityDetails("Closing conference", "", Start, Start.AddHours(8), "Europe/Rome", IsPublic: true, Place: "Milan",
            Capacity: capacity, PlacesForCities: placesForCities, DelegateLimitPerCity: limitPerCity, DelegateCutoff: Cutoff),
        "manager-1", Early.AddDays(-1));

    [Theory]
    [InlineData(null, "2023-02-01", ActivityProblem.DelegateLimitOutOfRange)]
    [InlineData(21, "2023-02-01", ActivityProblem.DelegateLimitOutOfRange)]
    [InlineData(2, null, ActivityProblem.CutoffMissing)]
    [InlineData(2, "2023-02-23", ActivityProblem.CutoffAfterStart)]
    public void Create_KeepingPlaces_NeedsALimitPerCityAndACutoffBeforeTheStart(int? limit, string? cutoff, ActivityProblem problem)
    {
        var details = new ActivityDetails("Closing conference", "", Start, Start.AddHours(8), "Europe/Rome", IsPublic: true, Place: "Milan",
            Capacity: 10, PlacesForCities: 4, DelegateLimitPerCity: limit, DelegateCutoff: cutoff is null ? null : DateTimeOffset.Parse(cutoff, System.Globalization.CultureInfo.InvariantCulture));

        var refused = Assert.Throws<ActivityInvalidException>(() =>
            Activity.Create(Programme.IcpAgir2021Call().Phases.First(p => p.Kind == PhaseKind.ClosingConference), ActivityKind.ClosingConference, details, "manager-1", Early));

        Assert.Equal(problem, refused.Problem);
    }

    [Fact]
    public void Create_KeepingNoPlace_HasNoDelegateStage()
    {
        var conference = Conference(placesForCities: 0);

        Assert.Null(conference.DelegateLimitPerCity);
        Assert.Null(conference.DelegateCutoff);
        Assert.False(conference.AcceptsDelegatesAt(Early));
        Assert.Equal(5, conference.PublicPlaces);
    }

    [Fact]
    public void BeforeTheCutoff_CitiesTakeOnlyTheKeptPlaces_AndThePublicNeverReachesThem()
    {
        var conference = Conference(capacity: 5, placesForCities: 3);
        var (lisbon, porto) = (new Delegation(conference, 1, "officer-1", Early), new Delegation(conference, 2, "officer-2", Early));
        Add(conference, lisbon, "ana@lisboa.example");
        Add(conference, lisbon, "rui@lisboa.example");
        Add(conference, porto, "eva@porto.example");

        // The fourth city delegate finds the kept places taken, though two public places are free.
        var refused = Assert.Throws<CityPlacesTakenException>(() => Add(conference, porto, "joao@porto.example"));
        Assert.False(refused.ConferenceFull);
        Assert.Equal((3, 2), (conference.CityDelegates, conference.PublicPlaces));

        // The public fills its two places; the third person waits.
        var first = RegistrationTests.Confirmed(conference, "a@example.org", Early);
        var second = RegistrationTests.Confirmed(conference, "b@example.org", Early);
        var third = RegistrationTests.Confirmed(conference, "c@example.org", Early);
        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Waiting], new[] { first, second, third }.Select(r => r.Status));
    }

    [Fact]
    public void AtTheCutoff_TheUnusedKeptPlacesGoToTheWaitingListInOrder_Once()
    {
        var conference = Conference(capacity: 6, placesForCities: 4);
        var lisbon = new Delegation(conference, 1, "officer-1", Early);
        Add(conference, lisbon, "ana@lisboa.example");
        var confirmed = Enumerable.Range(1, 2).Select(i => RegistrationTests.Confirmed(conference, $"p{i}@example.org", Early)).ToList();
        var waiting = Enumerable.Range(1, 4).Select(i => RegistrationTests.Confirmed(conference, $"w{i}@example.org", Early.AddMinutes(i))).ToList();
        Assert.All(waiting, w => Assert.Equal(RegistrationStatus.Waiting, w.Status));

        // Not before the cut-off and its grace (a city's request that arrived in time is decided first).
        Assert.Empty(conference.ReleaseCityPlaces(1, Cutoff));
        Assert.Empty(conference.ReleaseCityPlaces(1, ReleaseAt.AddTicks(-1)));
        Assert.Null(conference.CityPlacesReleasedAt);

        var promoted = conference.ReleaseCityPlaces(1, ReleaseAt);

        // Three kept places were unused: the first three waiting, in the order they joined, get them.
        Assert.Equal(waiting.Take(3), promoted);
        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Waiting], waiting.Select(w => w.Status));
        Assert.Equal((ReleaseAt, 1, 5, 0), (conference.CityPlacesReleasedAt!.Value, conference.PlacesHeldForCities, conference.PublicPlaces, conference.PlacesLeft));
        Assert.Empty(conference.ReleaseCityPlaces(1, ReleaseAt.AddHours(1)));
        Assert.Equal(5, confirmed.Count + promoted.Count);
    }

    [Fact]
    public void AfterTheRelease_ADelegateRemovedFreesAPlaceForTheNextWaiting_AndStaffSeatOnlyIntoAFreePlace()
    {
        var conference = Conference(capacity: 4, placesForCities: 2);
        var lisbon = new Delegation(conference, 1, "officer-1", Early);
        Add(conference, lisbon, "ana@lisboa.example");
        Add(conference, lisbon, "rui@lisboa.example");
        RegistrationTests.Confirmed(conference, "p1@example.org", Early);
        RegistrationTests.Confirmed(conference, "p2@example.org", Early);
        var next = RegistrationTests.Confirmed(conference, "w1@example.org", Early);
        Assert.Empty(conference.ReleaseCityPlaces(2, ReleaseAt));

        // Staff remove a delegate after the cut-off: the place goes to the first waiting.
        var (_, promoted) = lisbon.Remove(conference, conference.CityDelegates, 0, ReleaseAt.AddDays(1), "manager-1", byStaff: true);
        Assert.Equal([next], promoted);
        Assert.Equal(RegistrationStatus.Confirmed, next.Status);

        // No place is free now: staff cannot seat another delegate; the city cannot either (past its cut-off).
        var full = Assert.Throws<CityPlacesTakenException>(() => lisbon.Add(conference, conference.CityDelegates, "Eva", "Mayor", "eva@lisboa.example", ReleaseAt.AddDays(1), "manager-1", byStaff: true));
        Assert.True(full.ConferenceFull);
        Assert.Throws<DelegateCutoffPassedException>(() => lisbon.Add(conference, conference.CityDelegates, "Eva", "Mayor", "eva@lisboa.example", ReleaseAt.AddDays(1), "officer-1", byStaff: false));
        Assert.Equal(4, conference.PlacesTaken + conference.PlacesHeldForCities);
    }

    [Fact]
    public void Revise_CapacityBelowWhatTheDelegatesAndThePublicHold_IsRefused()
    {
        var conference = Conference(capacity: 5, placesForCities: 2);
        var lisbon = new Delegation(conference, 1, "officer-1", Early);
        Add(conference, lisbon, "ana@lisboa.example");
        Add(conference, lisbon, "rui@lisboa.example");
        RegistrationTests.Confirmed(conference, "p1@example.org", Early);
        var phase = Programme.IcpAgir2021Call().Phases.First(p => p.Kind == PhaseKind.ClosingConference);
        var details = new ActivityDetails("Closing conference", "", Start, Start.AddHours(8), "Europe/Rome", IsPublic: true, Place: "Milan",
            Capacity: 2, PlacesForCities: 0, DelegateLimitPerCity: 2, DelegateCutoff: Cutoff);

        // Fewer kept places than delegates registered: the delegates keep theirs, so 2 + 1 do not fit in 2.
        var refused = Assert.Throws<ActivityInvalidException>(() => conference.Revise(phase, details, "manager-1", Early));

        Assert.Equal(ActivityProblem.CapacityBelowConfirmed, refused.Problem);
        conference.Revise(phase, details with { Capacity = 3 }, "manager-1", Early);
        Assert.Equal((2, 1, 0), (conference.PlacesHeldForCities, conference.PublicPlaces, conference.PlacesLeft));
    }

    /// <summary>Any sequence of city and staff delegate changes, public confirmations and cancellations, and the release: never more people seated than the capacity, the waiting list always served in order.</summary>
    [Fact]
    public void AnySequence_NeverSeatsMoreThanTheCapacity_AndServesTheWaitingListInOrder()
    {
        var operation = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 3], (kind, city) => (kind, city));
        Gen.Select(Gen.Int[1, 8], Gen.Int[0, 8], operation.Array[1, 40]).Sample(
            (capacity, kept, operations) =>
            {
                kept = Math.Min(kept, capacity);
                var conference = Conference(capacity, kept, limitPerCity: 3);
                var cities = Enumerable.Range(1, 3).Select(id => new Delegation(conference, id, $"officer-{id}", Early)).ToList();
                var at = Early;
                var people = 0;
                var mail = 0;
                foreach (var (kind, city) in operations)
                {
                    at = at.AddHours(1);
                    var delegation = cities[city % cities.Count];
                    var byStaff = at >= Cutoff || kind == 1;
                    try
                    {
                        switch (kind)
                        {
                            case 0 or 1:
                                delegation.Add(conference, cities.Sum(c => c.Delegates.Count), "D", "R", $"d{mail++}@city.example", at, byStaff ? "manager-1" : "officer", byStaff);
                                break;
                            case 2 when delegation.Delegates.Count > 0:
                                delegation.Remove(conference, cities.Sum(c => c.Delegates.Count), 0, at, byStaff ? "manager-1" : "officer", byStaff);
                                break;
                            case 3 when at < Start:
                                RegistrationTests.Confirmed(conference, $"p{people++}@example.org", at);
                                break;
                            case 4 when conference.Registrations.FirstOrDefault(r => r.Status == RegistrationStatus.Confirmed) is { } holder:
                                conference.Cancel(holder, at);
                                break;
                            case 5:
                                at = at < ReleaseAt ? ReleaseAt : at;
                                conference.ReleaseCityPlaces(cities.Sum(c => c.Delegates.Count), at);
                                break;
                        }
                    }
                    catch (ICP.Domain.Common.DomainException)
                    {
                        // A refused change changes nothing; the invariants below still hold.
                    }

                    var delegates = cities.Sum(c => c.Delegates.Count);
                    Assert.Equal(delegates, conference.CityDelegates);
                    Assert.True(conference.PlacesTaken + delegates <= capacity, $"{conference.PlacesTaken} public + {delegates} delegates > {capacity}");
                    Assert.True(conference.CityPlacesReleasedAt is not null || conference.PlacesTaken <= capacity - kept, "the public reached a kept place before the release");

                    // Whoever waits joined after everyone promoted out of the waiting list, unless staff or a cancellation changed the order: no free public place while someone waits.
                    if (at < Start && conference.WaitingList.Any())
                    {
                        Assert.Equal(0, conference.PlacesLeft);
                    }
                }
            },
            iter: 500);
    }

    [Fact]
    public void ACityDelegate_TakesAKeptPlace_EvenWhenStaffSeatedThePublicBeyondTheCapacity()
    {
        var conference = Conference(capacity: 4, placesForCities: 2);
        RegistrationTests.Confirmed(conference, "p1@example.org", Early);
        RegistrationTests.Confirmed(conference, "p2@example.org", Early);
        var waiting = RegistrationTests.Confirmed(conference, "w1@example.org", Early);
        conference.Promote(waiting, Early);

        // Three of the public in two public places (staff decided); the cities' two kept places are still theirs.
        var lisbon = new Delegation(conference, 1, "officer-1", Early);
        Add(conference, lisbon, "ana@lisboa.example");
        Add(conference, lisbon, "rui@lisboa.example");

        Assert.Equal((2, 3), (conference.CityDelegates, conference.PlacesTaken));
        Assert.False(Assert.Throws<CityPlacesTakenException>(() => Add(conference, new Delegation(conference, 2, "officer-2", Early), "eva@porto.example")).ConferenceFull);
    }

    [Fact]
    public void Revise_NoPlaceKeptAnyMore_KeepsTheDelegateStageWhileDelegatesAreRegistered()
    {
        var conference = Conference(capacity: 10, placesForCities: 3);
        Add(conference, new Delegation(conference, 1, "officer-1", Early), "ana@lisboa.example");
        var phase = Programme.IcpAgir2021Call().Phases.First(p => p.Kind == PhaseKind.ClosingConference);
        var noneKept = new ActivityDetails("Closing conference", "", Start, Start.AddHours(8), "Europe/Rome", IsPublic: true, Place: "Milan", Capacity: 10, PlacesForCities: 0);

        // Staff cannot drop the limit and the cut-off while a delegate holds a place: they would lose sight of them.
        Assert.Equal(ActivityProblem.DelegateLimitOutOfRange, Assert.Throws<ActivityInvalidException>(() => conference.Revise(phase, noneKept, "manager-1", Early)).Problem);
        conference.Revise(phase, noneKept with { DelegateLimitPerCity = 2, DelegateCutoff = Cutoff }, "manager-1", Early);

        Assert.Equal((2, Cutoff, 1, 9), (conference.DelegateLimitPerCity, conference.DelegateCutoff, conference.PlacesHeldForCities, conference.PublicPlaces));
    }

    [Fact]
    public void AStudyVisitDelegate_ChangesNothingOfTheVisit()
    {
        var visit = Activity.Create(
            Programme.IcpAgir2021Call().Phases.First(p => p.Kind == PhaseKind.StudyVisit), ActivityKind.StudyVisit,
            new ActivityDetails("Study visit", "", Start, Start.AddDays(5), "Africa/Johannesburg", false, "Cape Town", "Civic Centre", "", 2, Cutoff),
            "manager-1", Early);
        var token = visit.ConcurrencyToken;

        new Delegation(visit, 1, "officer-1", Early).Add(visit, 0, "Ana", "Mayor", "ana@city.example", Early, "officer-1", byStaff: false);

        // Its token is unchanged: a staff member's open edit of the visit is not in conflict with a city's delegates.
        Assert.Equal((token, 0), (visit.ConcurrencyToken, visit.CityDelegates));
    }

    private static void Add(Activity conference, Delegation delegation, string email) =>
        delegation.Add(conference, conference.CityDelegates, "Delegate", "Role", email, Early, "officer", byStaff: false);
}
