using ICP.Domain.Applications;

namespace ICP.Web.Features.Selection;

/// <summary>A staff override of an application's status, with its reason.</summary>
public sealed class OverrideForm
{
    /// <summary>Null when the value posted is not a status.</summary>
    public ApplicationStatus? Status { get; set; }

    public string Reason { get; set; } = string.Empty;
}
