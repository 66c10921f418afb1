using ICP.Domain.Programme;

namespace ICP.Web.Features.Calls;

/// <summary>
/// The published call as every public page shows it (English texts; pages translate them). The
/// deadline in force and the window are asked of the domain over the projected extensions.
/// </summary>
public sealed record PublicCall(
    int Id, string Code, string Title, string ShortTitle, string Summary, string ManagedBy,
    DateTimeOffset OpensAt, DateTimeOffset OriginalDeadline, string TimeZoneId,
    IReadOnlyList<ExtensionMove> Extensions, IReadOnlyList<ThemeText> Themes, IReadOnlyList<TimelinePhase> Phases)
{
    /// <summary>The deadline in force for everyone (<see cref="Call.DeadlineInForce"/>).</summary>
    public DateTimeOffset Deadline => Call.DeadlineInForce(OriginalDeadline, Extensions.Select(e => e.To));

    /// <summary>The deadline the one in force replaced, when it was extended (<see cref="Call.DeadlineReplaced"/>).</summary>
    public DateTimeOffset? ExtendedFrom => Call.DeadlineReplaced(Extensions.Select(e => (e.From, e.To)));

    /// <summary>The window for everyone, as <see cref="Call.Window"/> gives it.</summary>
    public ApplicationWindow Window => new(OpensAt, Deadline);
}
