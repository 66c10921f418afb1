using ICP.Domain.Cooperation;

namespace ICP.Web.Features.Cooperation;

/// <summary>What a city types when it hands in an output (the file comes beside it).</summary>
public sealed class OutputForm
{
    /// <summary>Bound as text, so an unknown value is a validation message rather than a binder error.</summary>
    public string Kind { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public OutputKind? ParsedKind => Enum.TryParse<OutputKind>(Kind, ignoreCase: false, out var kind) && Enum.IsDefined(kind) && !int.TryParse(Kind, out _) ? kind : null;
}
