using ICP.Domain.Common;

namespace ICP.Domain.Programme;

/// <summary>
/// The programme's call for cities: what it offers, to whom, its application window, quotas,
/// planned phases and evaluation criteria. All instants are UTC; people read them in
/// <see cref="TimeZoneId"/> (Brussels).
/// </summary>
public sealed class Call
{
    // Null until loaded: EF creates each collection when a query includes it, so a rule asked of a
    // call loaded without what it needs fails loudly (CallPartNotLoadedException) instead of
    // answering from an empty list (the deadline without its extensions, no quota group for a country).
#pragma warning disable IDE0044 // EF assigns these when it loads them; readonly would hide that
    private List<CallObjective>? _objectives;
    private List<Theme>? _themes;
    private List<QuotaGroup>? _quotaGroups;
    private List<TimelinePhase>? _phases;
    private List<EvaluationCriterion>? _criteria;
    private List<DeadlineExtension>? _deadlineExtensions;
    private List<IndividualExtension>? _individualExtensions;
#pragma warning restore IDE0044
    private TimeZoneInfo? _zone;

    private Call()
    {
        Code = string.Empty;
        ReferencePrefix = string.Empty;
        Title = string.Empty;
        ShortTitle = string.Empty;
        Summary = string.Empty;
        ManagedBy = string.Empty;
        TimeZoneId = ZonedTime.BrusselsZoneId;
    }

    public Call(
        string code, string referencePrefix, string title, string shortTitle, string summary, string managedBy,
        DateTimeOffset opensAt, DateTimeOffset deadline, string timeZoneId, int passMark)
    {
        if (deadline <= opensAt)
        {
            throw new InvalidProgrammeDataException($"Call {code}: the deadline must come after the opening.");
        }

        if (passMark is < 0 or > 100)
        {
            throw new InvalidProgrammeDataException($"Call {code}: pass mark {passMark} is not between 0 and 100.");
        }

        Code = code;
        ReferencePrefix = referencePrefix;
        Title = title.Trim();
        ShortTitle = shortTitle.Trim();
        Summary = summary.Trim();
        ManagedBy = managedBy.Trim();
        OpensAt = opensAt.ToUniversalTime();
        Deadline = deadline.ToUniversalTime();
        TimeZoneId = timeZoneId;
        _zone = ZonedTime.FindZone(timeZoneId);
        PassMark = passMark;
        Status = CallStatus.Published;
        _objectives = [];
        _themes = [];
        _quotaGroups = [];
        _phases = [];
        _criteria = [];
        _deadlineExtensions = [];
        _individualExtensions = [];
    }

    public int Id { get; private set; }

    /// <summary>Stable identifier of the call (e.g. "ICP-AGIR-2021").</summary>
    public string Code { get; private set; }

    /// <summary>Start of every application reference (e.g. "ICP-2021" in "ICP-2021-CA-0007").</summary>
    public string ReferencePrefix { get; private set; }

    public string Title { get; private set; }

    public string ShortTitle { get; private set; }

    public string Summary { get; private set; }

    /// <summary>The Commission service responsible (DG REGIO).</summary>
    public string ManagedBy { get; private set; }

    /// <summary>First instant at which applications are accepted.</summary>
    public DateTimeOffset OpensAt { get; private set; }

    /// <summary>
    /// First instant at which an application is late: a request arriving strictly before it is on
    /// time. People read the second before it ("15 November 2021, 23:59:59 Brussels time").
    /// </summary>
    public DateTimeOffset Deadline { get; private set; }

    /// <summary>IANA id of the zone the call states its dates in.</summary>
    public string TimeZoneId { get; private set; }

    public CallStatus Status { get; private set; }

    /// <summary>Lowest weighted total (out of 100) an application needs to be selectable.</summary>
    public int PassMark { get; private set; }

    /// <summary>
    /// Renewed by every change to the deadline, the individual extensions or the criteria: two staff
    /// changing them at the same moment cannot both write from what they read (the second is redone
    /// on fresh data, and refused if the rules then say so).
    /// </summary>
    public Guid Version { get; private set; }

    /// <summary>
    /// Months after its outcome (not selected, withdrawn, or never submitted by the deadline) that a
    /// non-selected application keeps its personal data; then staff anonymise it (ADR 10).
    /// </summary>
    public int RetentionMonths { get; private set; } = DefaultRetentionMonths;

    /// <summary>Three years: the European Ombudsman's two-year complaint window, and a year for an audit to ask.</summary>
    public const int DefaultRetentionMonths = 36;

    public const int ShortestRetentionMonths = 6;

    public const int LongestRetentionMonths = 120;

    /// <summary>Sets how long non-selected applications keep their personal data (6 to 120 months).</summary>
    public void SetRetention(int months)
    {
        if (months is < ShortestRetentionMonths or > LongestRetentionMonths)
        {
            throw new RetentionPeriodRefusedException(months);
        }

        RetentionMonths = months;
        Version = Guid.NewGuid();
    }

    public IReadOnlyCollection<CallObjective> Objectives => Loaded(_objectives, nameof(Objectives));

    public IReadOnlyCollection<Theme> Themes => Loaded(_themes, nameof(Themes));

    public IReadOnlyCollection<QuotaGroup> QuotaGroups => Loaded(_quotaGroups, nameof(QuotaGroups));

    public IReadOnlyCollection<TimelinePhase> Phases => Loaded(_phases, nameof(Phases));

    public IReadOnlyCollection<EvaluationCriterion> Criteria => Loaded(_criteria, nameof(Criteria));

    /// <summary>Every move of the call's deadline, oldest first.</summary>
    public IReadOnlyCollection<DeadlineExtension> DeadlineExtensions => Loaded(_deadlineExtensions, nameof(DeadlineExtensions));

    public IReadOnlyCollection<IndividualExtension> IndividualExtensions => Loaded(_individualExtensions, nameof(IndividualExtensions));

    /// <summary>The deadline in force for everyone: the original, or the latest deadline any extension set (extensions only move it later).</summary>
    public DateTimeOffset CurrentDeadline => DeadlineInForce(Deadline, DeadlineExtensions.Select(e => e.NewDeadline));

    /// <summary>
    /// The rule behind <see cref="CurrentDeadline"/>, for reads that project the extensions: the
    /// latest deadline any extension set (not the extension granted last), else the original.
    /// </summary>
    public static DateTimeOffset DeadlineInForce(DateTimeOffset original, IEnumerable<DateTimeOffset> extendedTo) =>
        extendedTo.Select(d => (DateTimeOffset?)d).Max() ?? original;

    /// <summary>
    /// The deadline that the one in force replaced (the public pages say "extended to X, instead of
    /// Y"), or null when it was never extended; over projected (from, to) moves.
    /// </summary>
    public static DateTimeOffset? DeadlineReplaced(IEnumerable<(DateTimeOffset From, DateTimeOffset To)> moves)
    {
        var list = moves.ToList();
        return list.Count == 0 ? null : list.MaxBy(m => m.To).From;
    }

    /// <summary>How far a deadline may be moved past the original one; beyond it is taken for a typing mistake.</summary>
    public static readonly TimeSpan LongestExtension = TimeSpan.FromDays(366);

    public TimeZoneInfo Zone => _zone ??= ZonedTime.FindZone(TimeZoneId);

    /// <summary>The last whole second that is still on time, as the call announces it.</summary>
    public DateTimeOffset LastOnTimeSecond => LastOnTimeSecondBefore(Deadline);

    /// <summary>
    /// How a deadline is announced: the last whole second still on time (a deadline is the first
    /// instant that is late, so "until 23:59:59" is shown for a deadline of midnight).
    /// </summary>
    public static DateTimeOffset LastOnTimeSecondBefore(DateTimeOffset deadline) => deadline.AddSeconds(-1);

    public int TotalSeats => QuotaGroups.Sum(g => g.Seats);

    /// <summary>The window for everyone (with call-wide extensions, without individual ones).</summary>
    public ApplicationWindow Window => new(OpensAt, CurrentDeadline);

    public CallState StateAt(DateTimeOffset now) => Window.StateAt(now);

    /// <summary>
    /// The window one local authority works in: the call's, or later if it holds an active individual
    /// extension. Every change to an application is checked against this window at the request's arrival.
    /// </summary>
    public ApplicationWindow WindowFor(int localAuthorityId)
    {
        var deadline = IndividualExtensionUntil(localAuthorityId) is { } until && until > CurrentDeadline ? until : CurrentDeadline;
        return new ApplicationWindow(OpensAt, deadline);
    }

    /// <summary>Until when one local authority's active individual extension runs, if it holds one.</summary>
    public DateTimeOffset? IndividualExtensionUntil(int localAuthorityId) =>
        IndividualExtensions
            .Where(e => e.LocalAuthorityId == localAuthorityId && e.IsActive)
            .Select(e => (DateTimeOffset?)e.Until)
            .Max();

    /// <summary>
    /// Moves the deadline for everyone: only later (shortening a published deadline is never fair),
    /// into the future, at most <see cref="LongestExtension"/> past the original, and only before
    /// evaluation begins.
    /// </summary>
    public DeadlineExtension ExtendDeadline(DateTimeOffset newDeadline, string reason, string grantedBy, DateTimeOffset now, bool evaluationStarted = false)
    {
        if (newDeadline <= CurrentDeadline)
        {
            throw new DeadlineRefusedException(DeadlineRefusal.NotLater);
        }

        CheckNewDeadline(newDeadline, now, evaluationStarted);

        var extension = new DeadlineExtension(CurrentDeadline, newDeadline, reason, grantedBy, now);
        Loaded(_deadlineExtensions, nameof(DeadlineExtensions)).Add(extension);
        Version = Guid.NewGuid();
        return extension;
    }

    /// <summary>
    /// Lets one local authority submit until <paramref name="until"/>; replaces its previous individual
    /// extension. Same limits as a call-wide extension, except that it may end before the call's deadline.
    /// </summary>
    public IndividualExtension GrantIndividualExtension(int localAuthorityId, DateTimeOffset until, string reason, string grantedBy, DateTimeOffset now, bool evaluationStarted = false)
    {
        CheckNewDeadline(until, now, evaluationStarted);

        foreach (var previous in IndividualExtensions.Where(e => e.LocalAuthorityId == localAuthorityId && e.IsActive))
        {
            previous.Revoke(grantedBy, now);
        }

        var extension = new IndividualExtension(localAuthorityId, until, reason, grantedBy, now);
        Loaded(_individualExtensions, nameof(IndividualExtensions)).Add(extension);
        Version = Guid.NewGuid();
        return extension;
    }

    private void CheckNewDeadline(DateTimeOffset deadline, DateTimeOffset now, bool evaluationStarted)
    {
        if (deadline <= now)
        {
            throw new DeadlineRefusedException(DeadlineRefusal.InThePast);
        }

        if (deadline > Deadline + LongestExtension)
        {
            throw new DeadlineRefusedException(DeadlineRefusal.TooFar);
        }

        if (evaluationStarted)
        {
            throw new DeadlineRefusedException(DeadlineRefusal.EvaluationStarted);
        }
    }

    public void RevokeIndividualExtension(int localAuthorityId, string revokedBy, DateTimeOffset now)
    {
        Version = Guid.NewGuid();
        foreach (var extension in IndividualExtensions.Where(e => e.LocalAuthorityId == localAuthorityId && e.IsActive))
        {
            extension.Revoke(revokedBy, now);
        }
    }

    /// <summary>The planned phases under way on the call's calendar date at <paramref name="now"/>; phases may overlap.</summary>
    public IReadOnlyList<TimelinePhase> CurrentPhases(DateTimeOffset now)
    {
        var today = ZonedTime.DateIn(now, Zone);
        return [.. Phases.Where(p => p.IsCurrentOn(today)).OrderBy(p => p.Order)];
    }

    public QuotaGroup? QuotaGroupFor(string territoryCode) =>
        QuotaGroups.FirstOrDefault(g => g.Covers(territoryCode));

    public CallObjective AddObjective(string text)
    {
        var objective = new CallObjective(Objectives.Count + 1, text);
        Loaded(_objectives, nameof(Objectives)).Add(objective);
        return objective;
    }

    public Theme AddTheme(string slug, string name, string description)
    {
        if (Themes.Any(t => t.Slug == slug))
        {
            throw new InvalidProgrammeDataException($"Call {Code} already has a theme '{slug}'.");
        }

        var theme = new Theme(slug, name, description, Themes.Count + 1);
        Loaded(_themes, nameof(Themes)).Add(theme);
        return theme;
    }

    public QuotaGroup AddQuotaGroup(string code, string name, int seats, int? perCountryCap, IEnumerable<Territory> territories)
    {
        var group = new QuotaGroup(code, name, seats, perCountryCap, QuotaGroups.Count + 1, territories);
        if (QuotaGroups.Any(g => g.Code == code))
        {
            throw new InvalidProgrammeDataException($"Call {Code} already has a quota group '{code}'.");
        }

        var overlap = group.Territories.FirstOrDefault(t => QuotaGroupFor(t.Code) is not null);
        if (overlap is not null)
        {
            throw new InvalidProgrammeDataException($"{overlap.Code} already belongs to another quota group of call {Code}.");
        }

        Loaded(_quotaGroups, nameof(QuotaGroups)).Add(group);
        return group;
    }

    public TimelinePhase AddPhase(
        PhaseKind kind, string title, string description, DateOnly startDate, DateOnly endDate,
        PhaseVenue venue, int? plannedDurationDays = null, bool isOpenToPublic = false)
    {
        var phase = new TimelinePhase(
            Phases.Count + 1, kind, title, description, startDate, endDate, venue, plannedDurationDays, isOpenToPublic);
        Loaded(_phases, nameof(Phases)).Add(phase);
        return phase;
    }

    public EvaluationCriterion AddCriterion(string title, string description, int weight, int? threshold)
    {
        var criterion = new EvaluationCriterion(Criteria.Count + 1, title, description, weight, threshold);
        if (Criteria.Sum(c => c.Weight) + weight > 100)
        {
            throw new InvalidProgrammeDataException($"Call {Code}: criteria weights would exceed 100.");
        }

        Loaded(_criteria, nameof(Criteria)).Add(criterion);
        return criterion;
    }

    /// <summary>
    /// Changes the criteria's weights and thresholds together (their weights must still add up to
    /// 100). Refused once evaluation has started.
    /// </summary>
    public void ReviseCriteria(IReadOnlyDictionary<int, (int Weight, int? Threshold)> revisions, bool evaluationStarted)
    {
        if (evaluationStarted)
        {
            throw new CriteriaLockedException();
        }

        var total = Criteria.Sum(c => revisions.TryGetValue(c.Id, out var r) ? r.Weight : c.Weight);
        if (total != 100)
        {
            throw new CriteriaInvalidException(total);
        }

        // Every revision checked before any is applied: a refused revision changes nothing.
        foreach (var criterion in Criteria)
        {
            if (revisions.TryGetValue(criterion.Id, out var revision))
            {
                try
                {
                    criterion.Check(revision.Weight, revision.Threshold);
                }
                catch (InvalidProgrammeDataException)
                {
                    throw new CriteriaInvalidException(total);
                }
            }
        }

        foreach (var criterion in Criteria)
        {
            if (revisions.TryGetValue(criterion.Id, out var revision))
            {
                criterion.Revise(revision.Weight, revision.Threshold);
            }
        }

        Version = Guid.NewGuid();
    }

    /// <summary>
    /// The call's first evaluation has begun: from now on the criteria and the deadline are fixed.
    /// Renewing <see cref="Version"/> makes a revision or an extension read before this moment fail
    /// to save (it is redone on fresh data and refused), instead of changing the rules under an
    /// evaluation that has already started.
    /// </summary>
    public void MarkEvaluationBegun() => Version = Guid.NewGuid();

    /// <summary>Whether the criteria are complete: their weights add up to exactly 100.</summary>
    public bool CriteriaAreComplete => Criteria.Sum(c => c.Weight) == 100;

    private static List<T> Loaded<T>(List<T>? part, string name) =>
        part ?? throw new CallPartNotLoadedException(name);
}
