using ICP.Domain.Common;
using ICP.Domain.Programme;

namespace ICP.Domain.Applications;

/// <summary>
/// A local authority's application to a call: its draft (saved step by step), its document, the
/// immutable versions it submitted, and the history of its status. Every change is checked against
/// the authority's application window at the request's arrival time.
/// </summary>
public sealed class Application
{
    /// <summary>Every change of status the programme allows; anything else needs a staff override, recorded as such.</summary>
    private static readonly Dictionary<ApplicationStatus, ApplicationStatus[]> Transitions = new()
    {
        [ApplicationStatus.Draft] = [ApplicationStatus.Submitted],
        [ApplicationStatus.Submitted] = [ApplicationStatus.Submitted, ApplicationStatus.Withdrawn, ApplicationStatus.Selected, ApplicationStatus.Reserve, ApplicationStatus.NotSelected],
        [ApplicationStatus.Withdrawn] = [ApplicationStatus.Submitted],
        [ApplicationStatus.Reserve] = [ApplicationStatus.Selected, ApplicationStatus.NotSelected],
        [ApplicationStatus.Selected] = [ApplicationStatus.Declined],
        [ApplicationStatus.NotSelected] = [],
        [ApplicationStatus.Declined] = [],
    };

    public static bool IsAllowed(ApplicationStatus from, ApplicationStatus to) =>
        Transitions.TryGetValue(from, out var allowed) && allowed.Contains(to);

    private readonly List<ApplicationSection> _sections = [];
    private readonly List<ApplicationVersion> _versions = [];
    private readonly List<ApplicationDocument> _documents = [];
    private readonly List<ApplicationStatusChange> _statusChanges = [];

    private Application()
    {
        Reference = string.Empty;
        TerritoryCode = string.Empty;
        QuotaGroupCode = string.Empty;
        CreatedBy = string.Empty;
    }

    private Application(int callId, int localAuthorityId, string reference, string territoryCode, string quotaGroupCode, string createdBy, DateTimeOffset createdAt)
    {
        CallId = callId;
        LocalAuthorityId = localAuthorityId;
        Reference = reference;
        TerritoryCode = territoryCode;
        QuotaGroupCode = quotaGroupCode;
        CreatedBy = createdBy;
        CreatedAt = createdAt.ToUniversalTime();
        Status = ApplicationStatus.Draft;
        ConcurrencyToken = Guid.NewGuid();
    }

    public int Id { get; private set; }

    public int CallId { get; private set; }

    public int LocalAuthorityId { get; private set; }

    /// <summary>The reference applicants and staff quote, e.g. "ICP-2021-CA-0007".</summary>
    public string Reference { get; private set; }

    public string TerritoryCode { get; private set; }

    public string QuotaGroupCode { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Renewed on every change of the application row, so concurrent changes are detected.</summary>
    public Guid ConcurrencyToken { get; private set; }

    /// <summary>When its personal data was erased after the retention period (statistics kept), by whom.</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }

    public IReadOnlyCollection<ApplicationSection> Sections => _sections;

    public IReadOnlyCollection<ApplicationVersion> Versions => _versions;

    public IReadOnlyCollection<ApplicationDocument> Documents => _documents;

    public IReadOnlyCollection<ApplicationStatusChange> StatusChanges => _statusChanges;

    public ApplicationDocument? CurrentDocument => _documents.Where(d => d.IsCurrent).MaxBy(d => d.UploadedAt);

    public ApplicationVersion? LatestVersion => _versions.MaxBy(v => v.Number);

    /// <summary>
    /// How many versions were submitted, the latest one's instant and themes: kept on the
    /// application when a version is made (the only moment they change), so that the staff list and
    /// its counts over thousands of applications read one row each instead of looking up versions.
    /// </summary>
    public int SubmittedVersions { get; private set; }

    /// <inheritdoc cref="SubmittedVersions"/>
    public DateTimeOffset? LastSubmittedAt { get; private set; }

    /// <inheritdoc cref="SubmittedVersions"/>
    public int? LatestPrimaryThemeId { get; private set; }

    /// <inheritdoc cref="SubmittedVersions"/>
    public int? LatestSecondaryThemeId { get; private set; }

    /// <summary>Starts the application of <paramref name="authorityId"/> to <paramref name="call"/>.</summary>
    public static Application Start(
        Call call, int authorityId, string territoryCode, string reference, Actor actor, DateTimeOffset arrivedAt)
    {
        call.WindowFor(authorityId).EnsureOpenAt(arrivedAt);
        var group = call.QuotaGroupFor(territoryCode) ?? throw new TerritoryNotEligibleException(territoryCode);
        var application = new Application(call.Id, authorityId, reference, territoryCode, group.Code, actor.UserId, arrivedAt);
        application._statusChanges.Add(new ApplicationStatusChange(null, ApplicationStatus.Draft, actor, arrivedAt, StatusChangeReason.ApplicationStarted));
        return application;
    }

    /// <summary>The reference of the <paramref name="number"/>th application from a territory: ICP-2021-CA-0007.</summary>
    public static string MakeReference(string prefix, string territoryCode, int number) =>
        $"{prefix}-{territoryCode}-{number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)}";

    public ApplicationSection? Section(ApplicationStep step) => _sections.FirstOrDefault(s => s.Step == step);

    /// <summary>
    /// Saves one step. <paramref name="expectedVersion"/> is the version of the step the editor
    /// started from (<see cref="Guid.Empty"/> for a step never saved): if someone saved it since,
    /// nothing is changed and the conflict is reported.
    /// </summary>
    public ApplicationSection SaveSection(
        ApplicationStep step, string dataJson, bool isComplete, Guid expectedVersion, Actor actor,
        DateTimeOffset arrivedAt, ApplicationWindow window)
    {
        window.EnsureOpenAt(arrivedAt);
        var section = Section(step);
        if (section is null)
        {
            if (expectedVersion != Guid.Empty)
            {
                throw new EditConflictException(null, null);
            }

            section = new ApplicationSection(step);
            _sections.Add(section);
        }
        else if (section.Version != expectedVersion)
        {
            throw new EditConflictException(section.UpdatedByName, section.UpdatedAt);
        }

        section.Update(dataJson, isComplete, actor, arrivedAt);
        return section;
    }

    /// <summary>
    /// The version an earlier submit with this key made (a double click, a retried request), or null
    /// when the key is new. Once that version was withdrawn or superseded, repeating its submit
    /// (a restored page, a replayed request) must not claim to have submitted: it is refused.
    /// </summary>
    public ApplicationVersion? VersionMadeBy(Guid idempotencyKey)
    {
        var earlier = _versions.FirstOrDefault(v => v.IdempotencyKey == idempotencyKey);
        return earlier is null || (Status == ApplicationStatus.Submitted && earlier.Number == _versions.Max(v => v.Number))
            ? earlier
            : throw new SubmitPageReusedException(earlier.Number);
    }

    /// <summary>
    /// A fingerprint of the draft as it stands (every step's saved version and the current letter).
    /// The review page carries it, so that a submit can tell whether what would be frozen is what
    /// the officer reviewed.
    /// </summary>
    public string DraftFingerprint() =>
        DraftFingerprintOf(_sections.Select(s => (s.Step, s.Version)), _documents.FirstOrDefault(d => d.IsCurrent)?.Sha256);

    /// <inheritdoc cref="DraftFingerprint()"/>
    public static string DraftFingerprintOf(IEnumerable<(ApplicationStep Step, Guid Version)> sections, string? currentDocumentSha256)
    {
        var text = string.Join(';', sections.OrderBy(s => s.Step).Select(s => $"{(int)s.Step}:{s.Version:N}")) + "|" + currentDocumentSha256;
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// Replaces the signed letter of political commitment, within <paramref name="policy"/>: a limited
    /// number of uploads in a short time, and a quota on what is kept. The letter replaced stays as
    /// long as a submitted version cites it; otherwise it is released (<see cref="DocumentsToDelete"/>).
    /// The application's concurrency token is renewed, so two uploads at the same moment are judged
    /// one after the other on fresh data.
    /// </summary>
    public ApplicationDocument AttachDocument(
        string storageKey, string fileName, long sizeBytes, string sha256, Actor actor, DateTimeOffset arrivedAt, ApplicationWindow window,
        UploadPolicy? policy = null)
    {
        window.EnsureOpenAt(arrivedAt);
        EnsureUploadAllowed(sizeBytes, arrivedAt, policy ?? UploadPolicy.Default);
        foreach (var previous in _documents.Where(d => d.IsCurrent))
        {
            previous.Supersede();
        }

        var document = new ApplicationDocument(storageKey, fileName, sizeBytes, sha256, actor, arrivedAt);
        _documents.Add(document);
        ConcurrencyToken = Guid.NewGuid();
        return document;
    }

    /// <summary>
    /// Throws when one more letter of <paramref name="sizeBytes"/> would break <paramref name="policy"/>:
    /// too many uploads inside its window, or more kept than its quota. Asked before the file is
    /// stored (so a refused upload costs no disk), and again by <see cref="AttachDocument"/>.
    /// </summary>
    public void EnsureUploadAllowed(long sizeBytes, DateTimeOffset arrivedAt, UploadPolicy policy)
    {
        var since = arrivedAt - policy.Window;
        var recent = _documents.Where(d => d.UploadedAt > since).OrderBy(d => d.UploadedAt).ToList();
        if (recent.Count >= policy.MaxUploads)
        {
            // The oldest upload inside the window leaves it first.
            var retryAfter = recent[recent.Count - policy.MaxUploads].UploadedAt + policy.Window - arrivedAt;
            throw new UploadRateExceededException(policy.MaxUploads, policy.Window, retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromSeconds(1));
        }

        var keptByVersions = _documents.Where(d => IsCitedByAVersion(d.Id)).Sum(d => d.SizeBytes);
        if (keptByVersions + sizeBytes > policy.MaxKeptBytes)
        {
            throw new DocumentQuotaExceededException(policy.MaxKeptBytes);
        }
    }

    /// <summary>
    /// Letters whose files may go: neither current nor cited by any submitted version, and not
    /// deleted yet. A superseded letter never becomes current or cited again, so once listed here
    /// (after the change that superseded it committed) its file can be deleted safely.
    /// </summary>
    public IReadOnlyList<ApplicationDocument> DocumentsToDelete() =>
        [.. _documents.Where(d => !d.IsCurrent && d.FileDeletedAt is null && !IsCitedByAVersion(d.Id))];

    private bool IsCitedByAVersion(int documentId) => documentId != 0 && _versions.Any(v => v.DocumentId == documentId);

    /// <summary>
    /// Freezes the draft as a new immutable version. The same <paramref name="idempotencyKey"/> (a
    /// double click, a retried request) returns the version already made instead of a second one.
    /// </summary>
    public ApplicationVersion Submit(
        SubmissionSnapshot snapshot, Guid idempotencyKey, string receiptCode, Actor actor, bool isDesignatedSubmitter,
        DateTimeOffset arrivedAt, ApplicationWindow window)
    {
        if (VersionMadeBy(idempotencyKey) is { } earlier)
        {
            return earlier;
        }

        window.EnsureOpenAt(arrivedAt);
        if (!isDesignatedSubmitter)
        {
            throw new NotDesignatedSubmitterException();
        }

        var missing = MissingForSubmission();
        if (missing.Count > 0)
        {
            throw new ApplicationIncompleteException(missing);
        }

        var document = CurrentDocument!;
        var version = new ApplicationVersion(
            _versions.Count + 1, snapshot, document.Id, document.Sha256, idempotencyKey, receiptCode, actor, arrivedAt);
        _versions.Add(version);
        SubmittedVersions = version.Number;
        LastSubmittedAt = version.SubmittedAt;
        LatestPrimaryThemeId = version.PrimaryThemeId;
        LatestSecondaryThemeId = version.SecondaryThemeId;
        ChangeStatus(ApplicationStatus.Submitted, actor, arrivedAt, StatusChangeReason.VersionSubmitted, versionNumber: version.Number);
        return version;
    }

    /// <summary>Withdraws the application; submitting again before the deadline reverses it.</summary>
    public void Withdraw(string reason, Actor actor, bool isDesignatedSubmitter, DateTimeOffset arrivedAt, ApplicationWindow window)
    {
        window.EnsureOpenAt(arrivedAt);
        if (!isDesignatedSubmitter)
        {
            throw new NotDesignatedSubmitterException();
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidProgrammeDataException("A withdrawal needs a reason.");
        }

        ChangeStatus(ApplicationStatus.Withdrawn, actor, arrivedAt, StatusChangeReason.Withdrawal, reason.Trim());
    }

    /// <summary>What still stops a submission: incomplete steps (by name) and a missing document.</summary>
    public IReadOnlyList<string> MissingForSubmission() =>
        MissingForSubmission(step => Section(step) is { IsComplete: true }, CurrentDocument is not null);

    /// <summary>
    /// The rule behind <see cref="MissingForSubmission()"/>, for callers that judge the steps
    /// themselves (submission re-checks each against today's rules; the applicant's pages read the
    /// saved flags): every step not complete, in the form's order, then the letter if there is none.
    /// </summary>
    public static IReadOnlyList<string> MissingForSubmission(Func<ApplicationStep, bool> isComplete, bool hasDocument)
    {
        var missing = Enum.GetValues<ApplicationStep>()
            .Where(step => !isComplete(step))
            .Select(step => step.ToString())
            .ToList();
        if (!hasDocument)
        {
            missing.Add(DocumentPart);
        }

        return missing;
    }

    /// <summary>How <see cref="MissingForSubmission()"/> names a missing letter of political commitment.</summary>
    public const string DocumentPart = "Document";

    /// <summary>
    /// The version the evaluators read: the last one submitted before <paramref name="deadline"/>,
    /// unless the application is withdrawn.
    /// </summary>
    public ApplicationVersion? EvaluatedVersion(DateTimeOffset deadline) =>
        EvaluatedVersionNumber(Status, _versions.Select(v => (v.Number, v.SubmittedAt)), deadline) is { } number
            ? _versions.Single(v => v.Number == number)
            : null;

    /// <summary>
    /// The rule behind <see cref="EvaluatedVersion"/>, for reads that project versions instead of
    /// loading the application: the number of the last version submitted before
    /// <paramref name="deadline"/>, none for a withdrawn application.
    /// </summary>
    public static int? EvaluatedVersionNumber(ApplicationStatus status, IEnumerable<(int Number, DateTimeOffset SubmittedAt)> versions, DateTimeOffset deadline) =>
        status == ApplicationStatus.Withdrawn
            ? null
            : versions.Where(v => v.SubmittedAt < deadline).Select(v => (int?)v.Number).Max();

    /// <summary>Applies a released selection decision (selected, reserve, not selected) or a promotion from the reserve list.</summary>
    public void ApplyDecision(ApplicationStatus outcome, Actor actor, DateTimeOffset at)
    {
        if (outcome is not (ApplicationStatus.Selected or ApplicationStatus.Reserve or ApplicationStatus.NotSelected))
        {
            throw new InvalidStatusTransitionException(Status.ToString(), outcome.ToString());
        }

        ChangeStatus(outcome, actor, at, StatusChangeReason.DecisionReleased);
    }

    /// <summary>A selected city withdrew from the programme (recorded by staff; its seat is freed).</summary>
    public void RecordDecline(string reason, Actor actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidProgrammeDataException("A withdrawal from the programme needs a reason.");
        }

        ChangeStatus(ApplicationStatus.Declined, actor, at, StatusChangeReason.Decline, reason.Trim());
    }

    /// <summary>
    /// The statuses an override moves between (e.g. reinstating an application withdrawn by mistake
    /// after the deadline). Selection outcomes are never overridden: they come from released decisions,
    /// whose quota checks an override would bypass.
    /// </summary>
    public static readonly IReadOnlyList<ApplicationStatus> OverridableStatuses = [ApplicationStatus.Submitted, ApplicationStatus.Withdrawn];

    /// <summary>
    /// Staff set a status the transition table does not allow (to correct a mistake). Always with a
    /// reason, always recorded as an override in the history.
    /// </summary>
    public void OverrideStatus(ApplicationStatus to, string reason, Actor actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidProgrammeDataException("An override needs a reason.");
        }

        if (!OverridableStatuses.Contains(Status) || !OverridableStatuses.Contains(to))
        {
            throw new OverrideNotAllowedException();
        }

        if (to == Status)
        {
            throw new InvalidStatusTransitionException(Status.ToString(), to.ToString());
        }

        _statusChanges.Add(new ApplicationStatusChange(Status, to, actor, at, StatusChangeReason.Override, reason.Trim()));
        Status = to;
        ConcurrencyToken = Guid.NewGuid();
    }

    /// <summary>The statuses of an application that was not selected: its personal data goes after the retention period.</summary>
    public static readonly IReadOnlyList<ApplicationStatus> NotSelectedStatuses = [ApplicationStatus.NotSelected, ApplicationStatus.Withdrawn, ApplicationStatus.Draft];

    /// <summary>
    /// The instant from which the retention period of a non-selected application runs: its last
    /// change of status, but never before the deadline it had (until then a withdrawn application
    /// or a draft could still be submitted). Null for an application that is or may be selected.
    /// </summary>
    public DateTimeOffset? OutcomeAt(ApplicationWindow window)
    {
        if (!NotSelectedStatuses.Contains(Status))
        {
            return null;
        }

        var last = _statusChanges.Count > 0 ? _statusChanges.Max(c => c.At) : CreatedAt;
        return last > window.Deadline ? last : window.Deadline;
    }

    /// <summary>Whether the retention period (<paramref name="retentionMonths"/>) of a non-selected application is over at <paramref name="now"/>.</summary>
    public bool IsDueForAnonymisation(ApplicationWindow window, int retentionMonths, DateTimeOffset now) =>
        AnonymisedAt is null && OutcomeAt(window) is { } outcome && now >= outcome.AddMonths(retentionMonths);

    /// <summary>
    /// Erases the personal data of a non-selected application whose retention period is over: the
    /// answers of every step and version (the receipts' hashes and codes stay, so a receipt can still
    /// be checked), the letters (their files are returned for deletion after the commit), and people's
    /// names and typed reasons in its history. What statistics need stays: reference, country, quota
    /// group, themes, status, dates, sizes.
    /// </summary>
    public IReadOnlyList<ApplicationDocument> Anonymise(ApplicationWindow window, int retentionMonths, DateTimeOffset now)
    {
        if (!IsDueForAnonymisation(window, retentionMonths, now))
        {
            throw new AnonymisationRefusedException(Reference);
        }

        foreach (var section in _sections)
        {
            section.Erase(now);
        }

        foreach (var version in _versions)
        {
            version.Erase();
        }

        foreach (var change in _statusChanges)
        {
            change.Erase();
        }

        foreach (var document in _documents)
        {
            document.Erase();
        }

        AnonymisedAt = now.ToUniversalTime();
        ConcurrencyToken = Guid.NewGuid();
        return [.. _documents.Where(d => d.FileDeletedAt is null)];
    }

    /// <summary>The one place an application's status changes: checked against the transition table, recorded in the history.</summary>
    private void ChangeStatus(ApplicationStatus to, Actor actor, DateTimeOffset at, StatusChangeReason reasonCode, string reason = "", int? versionNumber = null)
    {
        if (!IsAllowed(Status, to))
        {
            throw new InvalidStatusTransitionException(Status.ToString(), to.ToString());
        }

        _statusChanges.Add(new ApplicationStatusChange(Status, to, actor, at, reasonCode, reason, versionNumber));
        Status = to;
        ConcurrencyToken = Guid.NewGuid();
    }
}
