using Microsoft.AspNetCore.Mvc.Rendering;

namespace ICP.Web.Features.Applications;

public sealed record StepPage(
    ApplicationSummary Application, DeadlineInfo Deadline, StepInfo Step, StepForm Form, IReadOnlyList<SelectListItem> Themes,
    IReadOnlyList<(string Field, string Message)> StillNeeded, ConflictInfo? Conflict = null)
{
    public bool ReadOnly => !Deadline.IsOpen;
}
