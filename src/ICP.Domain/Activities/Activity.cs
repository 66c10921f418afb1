using System.Linq.Expressions;
using ICP.Domain.Common;
using ICP.Domain.Programme;

namespace ICP.Domain.Activities;

/// <summary>
/// Something the cooperation phase actually does (a study visit, an online session, the closing
/// conference), recorded apart from the planned <see cref="TimelinePhase"/> it belongs to, because
/// reality moves (the first study visits took place in June 2022, not April). It owns its public
/// registrations and keeps their rules: registration closes at the start, a place is held only
/// once confirmed, a full activity puts people on a waiting list served in order.
/// Every change renews <see cref="ConcurrencyToken"/> (two writers cannot both take the last
/// place); every edit of what a calendar shows bumps <see cref="Sequence"/> (RFC 5545), under a
/// <see cref="CalendarUid"/> that never changes.
/// </summary>
public sealed class Activity
{
    public const int TitleLength = 200;
    public const int DescriptionLength = 4000;
    public const int PlaceLength = 200;
    public const int AgendaLength = 4000;
    public const int SpeakersLength = 1000;
    public const int JoiningLinkLength = 500;
    public const int TimeZoneIdLength = 64;
    public const int ThemeSlugLength = 64;
    public const int MaxCapacity = 10_000;
    public const int MaxDelegatesPerCity = 20;

    /// <summary>
    /// How long after the delegates' cut-off the unused kept places go to the public: a city's
    /// request that arrived before the cut-off may still wait for its turn to write (at most
    /// <c>Database:WriteQueueTimeout</c>, 30 s by default) and is decided first, against the kept places.
    /// </summary>
    public static readonly TimeSpan CityPlacesReleaseGrace = TimeSpan.FromMinutes(5);

    private readonly List<ActivityRegistration> _registrations = [];
    private readonly List<ConferenceSession> _sessions = [];

    private Activity()
    {
        Title = string.Empty;
        Description = string.Empty;
        TimeZoneId = ZonedTime.BrusselsZoneId;
        HostCity = string.Empty;
        Place = string.Empty;
        Agenda = string.Empty;
        ThemeSlug = string.Empty;
        Speakers = string.Empty;
        JoiningLink = string.Empty;
        CreatedBy = string.Empty;
        ChangedBy = string.Empty;
    }

    private Activity(TimelinePhase phase, ActivityKind kind, string by, DateTimeOffset now)
        : this()
    {
        CallId = phase.CallId;
        Kind = kind;
        CalendarUid = Guid.NewGuid();
        CreatedBy = by;
        CreatedAt = now.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int CallId { get; private set; }

    /// <summary>The planned phase this activity realises.</summary>
    public int PhaseId { get; private set; }

    public ActivityKind Kind { get; private set; }

    /// <summary>English; translated through <see cref="ContentTranslation"/> (<see cref="ContentKind.Activity"/>).</summary>
    public string Title { get; private set; }

    public string Description { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    /// <summary>IANA id of the place's zone (Europe/Brussels for online sessions).</summary>
    public string TimeZoneId { get; private set; }

    public bool IsPublic { get; private set; }

    /// <summary>Study visit: the city that hosts it.</summary>
    public string HostCity { get; private set; }

    /// <summary>Venue (study visit, conference); empty online.</summary>
    public string Place { get; private set; }

    /// <summary>Study visit: the working meeting's agenda.</summary>
    public string Agenda { get; private set; }

    /// <summary>Study visit, and a conference keeping places for the cities: how many delegates each participating city may send.</summary>
    public int? DelegateLimitPerCity { get; private set; }

    /// <summary>
    /// Study visit, and a conference keeping places for the cities: the first instant at which
    /// cities can no longer change their delegates (staff can). For the conference it is also when
    /// the kept places the cities did not use go to the public (<see cref="ReleaseCityPlaces"/>).
    /// </summary>
    public DateTimeOffset? DelegateCutoff { get; private set; }

    /// <summary>Online session: the theme's slug.</summary>
    public string ThemeSlug { get; private set; }

    public string Speakers { get; private set; }

    /// <summary>Online session: the link sent to confirmed participants only.</summary>
    public string JoiningLink { get; private set; }

    /// <summary>Places in all (online session, conference); null for a study visit.</summary>
    public int? Capacity { get; private set; }

    /// <summary>Conference: places kept for the participating cities' delegates until <see cref="DelegateCutoff"/>, not offered to the public before.</summary>
    public int PlacesForCities { get; private set; }

    /// <summary>
    /// How many delegates the cities have registered for this activity, all cities together:
    /// recounted from the delegations at every change of them, under this activity's
    /// <see cref="ConcurrencyToken"/>, so two cities adding the last kept place at once cannot both have it.
    /// </summary>
    public int CityDelegates { get; private set; }

    /// <summary>Conference: when the kept places the cities did not use went to the public (null before).</summary>
    public DateTimeOffset? CityPlacesReleasedAt { get; private set; }

    /// <summary>The iCalendar UID: the same for the activity's whole life, so calendars update the event rather than add one.</summary>
    public Guid CalendarUid { get; private set; }

    /// <summary>iCalendar SEQUENCE: 0 when created, +1 on every edit.</summary>
    public int Sequence { get; private set; }

    public Guid ConcurrencyToken { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public IReadOnlyCollection<ActivityRegistration> Registrations => _registrations;

    /// <summary>Conference: the programme, in order.</summary>
    public IReadOnlyCollection<ConferenceSession> Sessions => _sessions;

    /// <summary>What a participant's calendar shows of this activity (an edit that changes it is told to them).</summary>
    public CalendarFacts CalendarFacts => new(Title, StartsAt, EndsAt, TimeZoneId, HostCity, Place, JoiningLink);

    /// <summary>Whether the public may register (online sessions and the conference, when public).</summary>
    public bool TakesPublicRegistrations => TakesRegistrations(Kind, IsPublic);

    /// <summary>The places the cities' delegates hold (<see cref="PlacesHeldForCitiesOf"/>).</summary>
    public int PlacesHeldForCities => PlacesHeldForCitiesOf(PlacesForCities, CityDelegates, CityPlacesReleasedAt);

    /// <summary>The places the public may take: the capacity less those held for the cities.</summary>
    public int PublicPlaces => PublicPlacesOf(Capacity, PlacesHeldForCities);

    public int PlacesTaken => _registrations.Count(r => r.Status == RegistrationStatus.Confirmed);

    public int PlacesLeft => PlacesLeftOf(Capacity, PlacesHeldForCities, PlacesTaken);

    public IEnumerable<ActivityRegistration> WaitingList =>
        _registrations.Where(r => r.Status == RegistrationStatus.Waiting).OrderBy(r => r.WaitingSince).ThenBy(r => r.Id);

    /// <summary><see cref="TakesPublicRegistrations"/> over projected values (queries ask this, never re-derive it).</summary>
    public static bool TakesRegistrations(ActivityKind kind, bool isPublic) =>
        isPublic && kind is ActivityKind.OnlineSession or ActivityKind.ClosingConference;

    /// <summary>
    /// The activities that concern every participating city: all study visits (each city may send
    /// delegates to any of them) and whatever is public (the online sessions, the conference). The
    /// workspace lists these and the city's calendar feed carries them.
    /// </summary>
    public static readonly Expression<Func<Activity, bool>> ForParticipatingCities = a => a.Kind == ActivityKind.StudyVisit || a.IsPublic || a.PlacesForCities > 0;

    /// <summary>Whether cities register delegates for activities of <paramref name="kind"/>: study visits and the closing conference.</summary>
    public static bool TakesDelegates(ActivityKind kind) => kind is ActivityKind.StudyVisit or ActivityKind.ClosingConference;

    /// <summary>The kind of planned phase an activity of <paramref name="kind"/> belongs to.</summary>
    public static PhaseKind PhaseKindFor(ActivityKind kind) => kind switch
    {
        ActivityKind.StudyVisit => PhaseKind.StudyVisit,
        ActivityKind.OnlineSession => PhaseKind.OnlineCooperation,
        _ => PhaseKind.ClosingConference,
    };

    /// <summary>
    /// The places the cities' delegates hold, delegates first, then the public: until the
    /// delegates' cut-off every kept place (and any delegate staff seated beyond them); once the
    /// unused ones were released, exactly the delegates registered.
    /// </summary>
    public static int PlacesHeldForCitiesOf(int placesForCities, int cityDelegates, DateTimeOffset? releasedAt) =>
        releasedAt is null ? Math.Max(placesForCities, cityDelegates) : cityDelegates;

    public static int PublicPlacesOf(int? capacity, int placesHeldForCities) => Math.Max(0, (capacity ?? 0) - placesHeldForCities);

    /// <summary><see cref="PlacesLeft"/> over projected values: the public places less the confirmed registrations.</summary>
    public static int PlacesLeftOf(int? capacity, int placesHeldForCities, int confirmed) => Math.Max(0, PublicPlacesOf(capacity, placesHeldForCities) - confirmed);

    public static Activity Create(TimelinePhase phase, ActivityKind kind, ActivityDetails details, string by, DateTimeOffset now)
    {
        var activity = new Activity(phase, kind, by, now);
        activity.Apply(phase, details, by, now);
        return activity;
    }

    /// <summary>
    /// Registration is open while the activity takes public registrations and has not started:
    /// judged at the instant the request arrived, so a form sent at 9:59:59 for a 10:00 session counts.
    /// </summary>
    public static bool IsRegistrationOpen(bool takesPublicRegistrations, DateTimeOffset startsAt, DateTimeOffset now) =>
        takesPublicRegistrations && now < startsAt;

    public bool IsRegistrationOpen(DateTimeOffset now) => IsRegistrationOpen(TakesPublicRegistrations, StartsAt, now);

    /// <summary>Study visit, conference with kept places: cities may change their delegates strictly before the cut-off.</summary>
    public bool AcceptsDelegatesAt(DateTimeOffset now) => AcceptsDelegates(Kind, DelegateCutoff, now);

    /// <summary><see cref="AcceptsDelegatesAt"/> over projected values.</summary>
    public static bool AcceptsDelegates(ActivityKind kind, DateTimeOffset? delegateCutoff, DateTimeOffset now) =>
        TakesDelegates(kind) && delegateCutoff is { } cutoff && now < cutoff;

    /// <summary>
    /// A delegate is added (by the city's delegation); <paramref name="delegatesBefore"/> is the
    /// count of all cities' delegates read in the same unit. At the conference a city takes one of
    /// the kept places only; staff may seat one beyond them while a place is free (never a place a
    /// confirmed member of the public holds).
    /// </summary>
    public void SeatDelegate(int delegatesBefore, bool byStaff)
    {
        if (Kind != ActivityKind.ClosingConference)
        {
            // A study visit has no shared pool: nothing of the activity changes (its token neither,
            // so a city's delegates never conflict with a staff member's open edit of the visit).
            return;
        }

        var after = delegatesBefore + 1;
        var heldBefore = PlacesHeldForCitiesOf(PlacesForCities, delegatesBefore, CityPlacesReleasedAt);
        var heldAfter = PlacesHeldForCitiesOf(PlacesForCities, after, CityPlacesReleasedAt);

        // Only a delegate who makes the cities hold one place more needs a free place: taking a
        // place already kept for the cities is never refused because the public side is full (staff
        // may have seated a waiting person beyond the capacity).
        var noFreePlace = heldAfter > heldBefore && (Capacity ?? 0) - heldAfter < PlacesTaken;
        if (!byStaff && (after > PlacesForCities || noFreePlace))
        {
            throw new CityPlacesTakenException(PlacesForCities, conferenceFull: false);
        }

        if (noFreePlace)
        {
            throw new CityPlacesTakenException(PlacesForCities, conferenceFull: true);
        }

        CityDelegates = after;
        Touch();
    }

    /// <summary>
    /// A delegate is removed. A place the cities no longer hold (after the release, or one staff
    /// seated beyond the kept places) goes to the public: the first waiting are promoted, returned
    /// so they can be told (before the start only). A kept place stays kept until the cut-off.
    /// </summary>
    public IReadOnlyList<ActivityRegistration> UnseatDelegate(int delegatesBefore, DateTimeOffset now)
    {
        if (Kind != ActivityKind.ClosingConference)
        {
            return [];
        }

        CityDelegates = Math.Max(0, delegatesBefore - 1);
        Touch();
        return now < StartsAt ? PromoteWhileRoom(now) : [];
    }

    /// <summary>The instant from which the unused kept places go to the public: the delegates' cut-off and <see cref="CityPlacesReleaseGrace"/>.</summary>
    public static DateTimeOffset? CityPlacesReleaseAt(DateTimeOffset? delegateCutoff) => delegateCutoff + CityPlacesReleaseGrace;

    /// <summary>Whether <see cref="ReleaseCityPlaces"/> has something to do at <paramref name="now"/>.</summary>
    public bool CityPlacesDueForRelease(DateTimeOffset now) =>
        Kind == ActivityKind.ClosingConference && CityPlacesReleasedAt is null && CityPlacesReleaseAt(DelegateCutoff) is { } releaseAt && now >= releaseAt;

    /// <summary>
    /// The delegates' cut-off passed: the kept places the cities did not use
    /// (<paramref name="cityDelegates"/>, counted in the same unit) go to the public, and the
    /// waiting list is served in order; the people promoted are returned, to be told. Once only;
    /// after the start nobody is promoted any more.
    /// </summary>
    public IReadOnlyList<ActivityRegistration> ReleaseCityPlaces(int cityDelegates, DateTimeOffset now)
    {
        if (!CityPlacesDueForRelease(now))
        {
            return [];
        }

        CityDelegates = cityDelegates;
        CityPlacesReleasedAt = now.ToUniversalTime();
        Touch();
        return now < StartsAt ? PromoteWhileRoom(now) : [];
    }

    /// <summary>
    /// Whether a participating city's own calendar carries the activity: a public one (online
    /// sessions, the conference: the city may come), and one taking delegates (a study visit, the
    /// conference) the city sends delegates to or may still send some to (before the cut-off, an
    /// invitation to plan for). A study visit past its cut-off without the city's delegates is other
    /// cities' trip (ADR 21).
    /// </summary>
    public static bool ConcernsCity(ActivityKind kind, bool isPublic, DateTimeOffset? delegateCutoff, bool cityHasDelegates, DateTimeOffset now) =>
        kind == ActivityKind.StudyVisit
            ? cityHasDelegates || AcceptsDelegates(kind, delegateCutoff, now)
            : isPublic || (TakesDelegates(kind) && (cityHasDelegates || AcceptsDelegates(kind, delegateCutoff, now)));

    public void EnsureAcceptsDelegates(DateTimeOffset now)
    {
        if (!AcceptsDelegatesAt(now))
        {
            throw new DelegateCutoffPassedException(DelegateCutoff ?? StartsAt);
        }
    }

    /// <summary>
    /// Staff change the details (the kind stays). Returns the people a larger capacity gave a place
    /// to, in waiting-list order (they are to be told).
    /// </summary>
    public IReadOnlyList<ActivityRegistration> Revise(TimelinePhase phase, ActivityDetails details, string by, DateTimeOffset now)
    {
        if (details.Capacity is { } capacity && capacity - PlacesHeldForCitiesOf(details.PlacesForCities, CityDelegates, CityPlacesReleasedAt) < PlacesTaken)
        {
            throw new ActivityInvalidException(ActivityProblem.CapacityBelowConfirmed);
        }

        Apply(phase, details, by, now);
        Sequence++;
        return now < StartsAt ? PromoteWhileRoom(now) : [];
    }

    /// <summary>
    /// A visitor registers. The place is not held yet: the e-mailed link confirms it. An address
    /// already registered (and not cancelled) gets its registration back with new links instead of
    /// a second one.
    /// </summary>
    public RegistrationAttempt Register(RegistrationRequest request, string confirmTokenHash, string cancelTokenHash, DateTimeOffset now)
    {
        EnsureRegistrationOpen(now);
        var email = ActivityRegistration.NormaliseEmail(request.Email);
        if (_registrations.FirstOrDefault(r => r.IsActive && r.Email == email) is { } existing)
        {
            existing.RenewTokens(confirmTokenHash, cancelTokenHash);
            Touch();
            return new RegistrationAttempt(existing, IsNew: false);
        }

        var registration = new ActivityRegistration(request, confirmTokenHash, cancelTokenHash, now);
        _registrations.Add(registration);
        Touch();
        return new RegistrationAttempt(registration, IsNew: true);
    }

    /// <summary>
    /// The person followed the confirmation link: a place if one is free, otherwise the waiting
    /// list. Following it again changes nothing. Closed at the start, like registering.
    /// </summary>
    public RegistrationStatus Confirm(ActivityRegistration registration, DateTimeOffset now)
    {
        var own = Own(registration);
        switch (own.Status)
        {
            case RegistrationStatus.Confirmed or RegistrationStatus.Waiting:
                return own.Status;
            case RegistrationStatus.Cancelled:
                throw new RegistrationNotActiveException(own.Status, "confirm");
        }

        EnsureRegistrationOpen(now);
        own.Confirm(PlacesLeft > 0, now);
        Touch();
        return own.Status;
    }

    /// <summary>
    /// Cancels a registration (the person's link, or staff). A place it held goes to the first
    /// person waiting, returned so they can be told; after the start nobody is promoted any more.
    /// Cancelling twice changes nothing.
    /// </summary>
    public ActivityRegistration? Cancel(ActivityRegistration registration, DateTimeOffset now)
    {
        var own = Own(registration);
        if (own.Status == RegistrationStatus.Cancelled)
        {
            return null;
        }

        var heldPlace = own.Status == RegistrationStatus.Confirmed;
        own.Cancel(now);
        Touch();
        return heldPlace && now < StartsAt ? PromoteWhileRoom(now).FirstOrDefault() : null;
    }

    /// <summary>
    /// A new cancel link for the person (sent with their confirmation: only its hash is stored, so
    /// the link itself can only be given when it is made). The previous cancel link stops working.
    /// </summary>
    public void RenewCancelLink(ActivityRegistration registration, string cancelTokenHash)
    {
        var own = Own(registration);
        own.RenewTokens(own.ConfirmTokenHash, cancelTokenHash);
        Touch();
    }

    /// <summary>
    /// Staff give a waiting person a place, out of order and even when the activity is full: staff
    /// decide to seat one more (audited). Before the start only.
    /// </summary>
    public void Promote(ActivityRegistration registration, DateTimeOffset now)
    {
        var own = Own(registration);
        if (own.Status != RegistrationStatus.Waiting)
        {
            throw new RegistrationNotActiveException(own.Status, "promote");
        }

        if (now >= StartsAt)
        {
            throw new RegistrationClosedException(StartsAt);
        }

        own.Promote(now);
        Touch();
    }

    private List<ActivityRegistration> PromoteWhileRoom(DateTimeOffset now)
    {
        var promoted = new List<ActivityRegistration>();
        foreach (var waiting in WaitingList.Take(PlacesLeft).ToList())
        {
            waiting.Promote(now);
            promoted.Add(waiting);
        }

        if (promoted.Count > 0)
        {
            Touch();
        }

        return promoted;
    }

    /// <summary>Throws <see cref="RegistrationNotOfferedException"/> or <see cref="RegistrationClosedException"/> unless registration is open at <paramref name="now"/>.</summary>
    public void EnsureRegistrationOpen(DateTimeOffset now)
    {
        if (!TakesPublicRegistrations)
        {
            throw new RegistrationNotOfferedException(Id);
        }

        if (now >= StartsAt)
        {
            throw new RegistrationClosedException(StartsAt);
        }
    }

    private ActivityRegistration Own(ActivityRegistration registration) =>
        _registrations.Contains(registration) ? registration : throw new InvalidProgrammeDataException("The registration belongs to another activity.");

    private void Apply(TimelinePhase phase, ActivityDetails details, string by, DateTimeOffset now)
    {
        Check(phase, Kind, details, CityDelegates);
        PhaseId = phase.Id;
        Title = details.Title.Trim();
        Description = details.Description?.Trim() ?? string.Empty;
        StartsAt = details.StartsAt.ToUniversalTime();
        EndsAt = details.EndsAt.ToUniversalTime();
        TimeZoneId = details.TimeZoneId.Trim();
        IsPublic = details.IsPublic;
        HostCity = Kind == ActivityKind.StudyVisit ? details.HostCity!.Trim() : string.Empty;
        Place = Kind == ActivityKind.OnlineSession ? string.Empty : details.Place?.Trim() ?? string.Empty;
        Agenda = Kind == ActivityKind.StudyVisit ? details.Agenda?.Trim() ?? string.Empty : string.Empty;
        var delegatesComing = Kind == ActivityKind.StudyVisit || (Kind == ActivityKind.ClosingConference && (details.PlacesForCities > 0 || CityDelegates > 0));
        DelegateLimitPerCity = delegatesComing ? details.DelegateLimitPerCity : null;
        DelegateCutoff = delegatesComing ? details.DelegateCutoff?.ToUniversalTime() : null;
        ThemeSlug = Kind == ActivityKind.OnlineSession ? details.ThemeSlug!.Trim() : string.Empty;
        Speakers = Kind == ActivityKind.StudyVisit ? string.Empty : details.Speakers?.Trim() ?? string.Empty;
        JoiningLink = Kind == ActivityKind.OnlineSession ? details.JoiningLink!.Trim() : string.Empty;
        Capacity = Kind == ActivityKind.StudyVisit ? null : details.Capacity;
        PlacesForCities = Kind == ActivityKind.ClosingConference ? details.PlacesForCities : 0;
        _sessions.Clear();
        if (Kind == ActivityKind.ClosingConference)
        {
            _sessions.AddRange((details.Programme ?? []).OrderBy(s => s.StartsAt).Select((s, i) => new ConferenceSession(i + 1, s)));
        }

        ChangedBy = by;
        ChangedAt = now.ToUniversalTime();
        Touch();
    }

    private static void Check(TimelinePhase phase, ActivityKind kind, ActivityDetails details, int cityDelegates)
    {
        Refuse(phase.Kind != PhaseKindFor(kind), ActivityProblem.WrongPhase);
        Refuse(string.IsNullOrWhiteSpace(details.Title), ActivityProblem.TitleMissing);
        Refuse(
            details.Title.Trim().Length > TitleLength || (details.Description?.Trim().Length ?? 0) > DescriptionLength
            || (details.Place?.Trim().Length ?? 0) > PlaceLength || (details.HostCity?.Trim().Length ?? 0) > PlaceLength
            || (details.Agenda?.Trim().Length ?? 0) > AgendaLength || (details.Speakers?.Trim().Length ?? 0) > SpeakersLength,
            ActivityProblem.TextTooLong);
        Refuse(details.EndsAt <= details.StartsAt, ActivityProblem.EndsBeforeStart);
        Refuse(!IsKnownZone(details.TimeZoneId), ActivityProblem.UnknownTimeZone);

        switch (kind)
        {
            case ActivityKind.StudyVisit:
                Refuse(string.IsNullOrWhiteSpace(details.HostCity), ActivityProblem.HostCityMissing);
                Refuse(string.IsNullOrWhiteSpace(details.Place), ActivityProblem.PlaceMissing);
                Refuse(details.DelegateLimitPerCity is not (>= 1 and <= MaxDelegatesPerCity), ActivityProblem.DelegateLimitOutOfRange);
                Refuse(details.DelegateCutoff is null, ActivityProblem.CutoffMissing);
                Refuse(details.DelegateCutoff > details.StartsAt, ActivityProblem.CutoffAfterStart);
                break;
            case ActivityKind.OnlineSession:
                Refuse(details.TimeZoneId.Trim() != ZonedTime.BrusselsZoneId, ActivityProblem.OnlineNotInBrussels);
                Refuse(string.IsNullOrWhiteSpace(details.ThemeSlug) || details.ThemeSlug.Trim().Length > ThemeSlugLength, ActivityProblem.ThemeMissing);
                Refuse(details.Capacity is not (>= 1 and <= MaxCapacity), ActivityProblem.CapacityOutOfRange);
                Refuse(!IsJoiningLink(details.JoiningLink), ActivityProblem.JoiningLinkInvalid);
                break;
            case ActivityKind.ClosingConference:
                Refuse(details.Capacity is not (>= 1 and <= MaxCapacity), ActivityProblem.CapacityOutOfRange);
                Refuse(details.PlacesForCities < 0 || details.PlacesForCities > details.Capacity, ActivityProblem.PlacesForCitiesOutOfRange);
                if (details.PlacesForCities > 0 || cityDelegates > 0)
                {
                    // Delegates first, then the public: the cities need a limit each and a cut-off, when the unused places open.
                    // Kept while delegates are registered, even with no place kept any more: staff still see and change them.
                    Refuse(details.DelegateLimitPerCity is not (>= 1 and <= MaxDelegatesPerCity), ActivityProblem.DelegateLimitOutOfRange);
                    Refuse(details.DelegateCutoff is null, ActivityProblem.CutoffMissing);
                    Refuse(details.DelegateCutoff > details.StartsAt, ActivityProblem.CutoffAfterStart);
                }

                foreach (var session in details.Programme ?? [])
                {
                    Refuse(
                        string.IsNullOrWhiteSpace(session.Title) || session.Title.Trim().Length > TitleLength
                        || (session.Speakers?.Trim().Length ?? 0) > SpeakersLength || session.EndsAt <= session.StartsAt,
                        ActivityProblem.SessionInvalid);
                    Refuse(session.StartsAt < details.StartsAt || session.EndsAt > details.EndsAt, ActivityProblem.SessionOutsideActivity);
                }

                break;
        }
    }

    private static bool IsKnownZone(string zoneId)
    {
        if (string.IsNullOrWhiteSpace(zoneId) || zoneId.Trim().Length > TimeZoneIdLength || !zoneId.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            ZonedTime.FindZone(zoneId.Trim());
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    // Sent to every confirmed participant: only an https address, never javascript: or a relative path.
    private static bool IsJoiningLink(string? link) =>
        link is { Length: > 0 and <= JoiningLinkLength }
        && Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host);

    private static void Refuse(bool broken, ActivityProblem problem)
    {
        if (broken)
        {
            throw new ActivityInvalidException(problem);
        }
    }

    private void Touch() => ConcurrencyToken = Guid.NewGuid();
}
