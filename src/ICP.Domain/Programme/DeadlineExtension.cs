using ICP.Domain.Common;

namespace ICP.Domain.Programme;

/// <summary>
/// The call's deadline moved for everyone ("deadline postponed to X (Brussels time), instead of Y").
/// Kept as a history: the current deadline is the last extension's.
/// </summary>
public sealed class DeadlineExtension
{
    private DeadlineExtension()
    {
        Reason = string.Empty;
        GrantedBy = string.Empty;
    }

    internal DeadlineExtension(DateTimeOffset previousDeadline, DateTimeOffset newDeadline, string reason, string grantedBy, DateTimeOffset grantedAt)
    {
        PreviousDeadline = previousDeadline.ToUniversalTime();
        NewDeadline = newDeadline.ToUniversalTime();
        Reason = RequireText(reason);
        GrantedBy = grantedBy;
        GrantedAt = grantedAt.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int CallId { get; private set; }

    public DateTimeOffset PreviousDeadline { get; private set; }

    public DateTimeOffset NewDeadline { get; private set; }

    public string Reason { get; private set; }

    /// <summary>Who granted it (user id).</summary>
    public string GrantedBy { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    internal static string RequireText(string reason) =>
        string.IsNullOrWhiteSpace(reason) ? throw new InvalidProgrammeDataException("An extension needs a reason.") : reason.Trim();
}
