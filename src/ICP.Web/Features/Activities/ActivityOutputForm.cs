using ICP.Domain.Activities;

namespace ICP.Web.Features.Activities;

/// <summary>What staff type when they attach an output to an activity (a file may come beside it, or a link).</summary>
public sealed class ActivityOutputForm
{
    /// <summary>Bound as text, so an unknown value is a validation message rather than a binder error.</summary>
    public string Kind { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? Link { get; set; }

    public bool IsPublic { get; set; }

    public ActivityOutputKind? ParsedKind => Enum.TryParse<ActivityOutputKind>(Kind, ignoreCase: false, out var kind) && Enum.IsDefined(kind) && !int.TryParse(Kind, out _) ? kind : null;
}
