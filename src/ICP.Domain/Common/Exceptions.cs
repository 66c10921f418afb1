namespace ICP.Domain.Common;

/// <summary>A change was asked for outside the application window (after the deadline, or before the call opens).</summary>
public sealed class CallClosedException(DateTimeOffset arrivedAt, ICP.Domain.Programme.ApplicationWindow window)
    : DomainException("call-closed", $"Request at {arrivedAt:O} is outside the window {window.OpensAt:O} – {window.Deadline:O}.")
{
    public DateTimeOffset ArrivedAt { get; } = arrivedAt;

    public ICP.Domain.Programme.ApplicationWindow Window { get; } = window;
}

/// <summary>A status change the transition table does not allow.</summary>
public sealed class InvalidStatusTransitionException(string from, string to)
    : DomainException("invalid-status-transition", $"An application cannot go from {from} to {to}.")
{
    public string From { get; } = from;

    public string To { get; } = to;
}

/// <summary>Only the local authority's designated submitter may submit or withdraw.</summary>
public sealed class NotDesignatedSubmitterException()
    : DomainException("not-designated-submitter", "Only the designated submitter may do this.");

/// <summary>Submission was asked for while steps are incomplete or the document is missing.</summary>
public sealed class ApplicationIncompleteException(IReadOnlyList<string> missing)
    : DomainException("application-incomplete", $"Incomplete: {string.Join(", ", missing)}.")
{
    public IReadOnlyList<string> Missing { get; } = missing;
}

/// <summary>The draft changed (a step saved, another letter uploaded) after the officer opened the review page they submitted from.</summary>
public sealed class DraftChangedSinceReviewException()
    : DomainException("draft-changed-since-review", "The draft changed after it was reviewed.");

/// <summary>A submit repeated from a review page whose submission is no longer the application's current state (withdrawn or superseded since).</summary>
public sealed class SubmitPageReusedException(int versionNumber)
    : DomainException("submit-page-reused", $"This submit already made version {versionNumber}.")
{
    public int VersionNumber { get; } = versionNumber;
}

/// <summary>Someone else saved the same thing after this request's copy was read.</summary>
public sealed class EditConflictException(string? savedBy, DateTimeOffset? savedAt)
    : DomainException("edit-conflict", "Saved by someone else in the meantime.")
{
    public string? SavedBy { get; } = savedBy;

    public DateTimeOffset? SavedAt { get; } = savedAt;
}

/// <summary>A local authority with the same name is already registered in that country.</summary>
public sealed class DuplicateLocalAuthorityException(string name, string countryCode)
    : DomainException("duplicate-local-authority", $"{name} ({countryCode}) is already registered.");

/// <summary>The country is not one the call's quota groups cover.</summary>
public sealed class TerritoryNotEligibleException(string countryCode)
    : DomainException("territory-not-eligible", $"{countryCode} is not covered by the call.");

/// <summary>A person already belongs to a local authority's team.</summary>
public sealed class AlreadyInTeamException()
    : DomainException("already-in-team", "The user already belongs to a local authority.");

/// <summary>A team has too many invitations pending, or sent too many today.</summary>
public sealed class TooManyInvitationsException(int maxPending, int maxPerDay)
    : DomainException("too-many-invitations", $"At most {maxPending} pending invitations and {maxPerDay} a day.")
{
    public int MaxPending { get; } = maxPending;

    public int MaxPerDay { get; } = maxPerDay;
}

/// <summary>An invitation that is unknown, used, revoked or past its expiry.</summary>
public sealed class InvitationNotValidException()
    : DomainException("invitation-not-valid", "The invitation is not valid.");

/// <summary>An evaluator was to be given an application they declared a conflict of interest with.</summary>
public sealed class ConflictOfInterestException()
    : DomainException("conflict-of-interest", "The evaluator declared a conflict of interest with this application.");

/// <summary>An evaluator has not confirmed their declaration of conflicts yet, so may not see files.</summary>
public sealed class DeclarationMissingException()
    : DomainException("declaration-missing", "The evaluator has not confirmed the declaration of conflicts of interest.");

/// <summary>An evaluation was submitted without a score for every criterion.</summary>
public sealed class EvaluationIncompleteException(IReadOnlyList<int> missingCriteria)
    : DomainException("evaluation-incomplete", $"{missingCriteria.Count} criteria have no score.")
{
    public IReadOnlyList<int> MissingCriteria { get; } = missingCriteria;
}

/// <summary>The criteria cannot change once evaluation has started.</summary>
public sealed class CriteriaLockedException()
    : DomainException("criteria-locked", "Evaluation has started: the criteria can no longer change.");

/// <summary>The quota group has no seat left.</summary>
public sealed class QuotaFullException(string group, int seats)
    : DomainException("quota-full", $"Quota group {group} already has its {seats} seats filled.")
{
    public string Group { get; } = group;

    public int Seats { get; } = seats;
}

/// <summary>The country already has as many selected cities as the group's per-country cap allows.</summary>
public sealed class CountryCapReachedException(string country, int cap)
    : DomainException("country-cap-reached", $"{country} already has {cap} selected cities.")
{
    public string Country { get; } = country;

    public int Cap { get; } = cap;
}

/// <summary>Only an application that was evaluated and passed can be selected or put on the reserve list.</summary>
public sealed class NotSelectableException(string reason)
    : DomainException("not-selectable", reason);

/// <summary>A released decision is final: it changes only by promotion or a recorded withdrawal.</summary>
public sealed class DecisionReleasedException()
    : DomainException("decision-released", "This decision was released and can no longer be changed.");

/// <summary>Why a change of deadline was refused.</summary>
public enum DeadlineRefusal
{
    /// <summary>A call-wide deadline only moves later: shortening a published deadline is never fair.</summary>
    NotLater,

    /// <summary>The new last day is already over: it would announce a deadline nobody can meet.</summary>
    InThePast,

    /// <summary>More than a year after the original deadline: almost certainly a typing mistake.</summary>
    TooFar,

    /// <summary>Evaluation or selection has begun: reopening now would be unfair to those already judged.</summary>
    EvaluationStarted,
}

/// <summary>A deadline extension (for everyone or for one city) that the programme's rules refuse.</summary>
public sealed class DeadlineRefusedException(DeadlineRefusal reason)
    : DomainException("deadline-refused", $"Deadline change refused: {reason}.")
{
    public DeadlineRefusal Reason { get; } = reason;
}

/// <summary>A status override that would bypass the selection (its decisions go through the boards and their release).</summary>
public sealed class OverrideNotAllowedException()
    : DomainException("override-not-allowed", "Selection outcomes are set by releasing decisions, not by an override.");

/// <summary>A staff invitation for an account that cannot take the role.</summary>
public sealed class StaffRoleRefusedException(bool belongsToCity)
    : DomainException("staff-role-refused", belongsToCity ? "The account belongs to a city's team." : "The account already holds the other staff role.")
{
    public bool BelongsToCity { get; } = belongsToCity;
}

/// <summary>A city may still submit under its individual extension, so it cannot be selected yet.</summary>
public sealed class ExtensionStillOpenException()
    : DomainException("extension-still-open", "The city's individual extension is still running.");

/// <summary>A revision of the criteria that breaks their arithmetic: weights 1–100 adding up to 100, thresholds 0–5.</summary>
public sealed class CriteriaInvalidException(int weightTotal)
    : DomainException("criteria-invalid", $"Weights must be 1–100 and add up to 100 (they add up to {weightTotal}); thresholds must be 0–5.")
{
    public int WeightTotal { get; } = weightTotal;
}

/// <summary>Too many letters uploaded to one application in a short time; the next one is accepted after <see cref="RetryAfter"/>.</summary>
public sealed class UploadRateExceededException(int maxUploads, TimeSpan window, TimeSpan retryAfter)
    : DomainException("upload-rate-exceeded", $"At most {maxUploads} uploads in {window}; retry after {retryAfter}.")
{
    public int MaxUploads { get; } = maxUploads;

    public TimeSpan Window { get; } = window;

    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>The letters an application keeps (the current one and those its versions cite) would exceed its storage quota.</summary>
public sealed class DocumentQuotaExceededException(long maxKeptBytes)
    : DomainException("document-quota-exceeded", $"The application's documents would exceed {maxKeptBytes} bytes.")
{
    public long MaxKeptBytes { get; } = maxKeptBytes;
}

/// <summary>A retention period outside what the programme allows (6 to 120 months).</summary>
public sealed class RetentionPeriodRefusedException(int months)
    : DomainException("retention-period-refused", $"{months} months is not an allowed retention period.")
{
    public int Months { get; } = months;
}

/// <summary>An application that may not be anonymised (yet): selected or still in the running, or its retention period not over.</summary>
public sealed class AnonymisationRefusedException(string reference)
    : DomainException("anonymisation-refused", $"{reference} may not be anonymised now.");
