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

/// <summary>An invitation that is unknown, used, revoked or past its expiry.</summary>
public sealed class InvitationNotValidException()
    : DomainException("invitation-not-valid", "The invitation is not valid.");
