using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ICP.Web.Features.Applications;

public sealed class ThemesStepForm : StepForm
{
    /// <summary>Slug of the first-ranked theme.</summary>
    public string PrimaryTheme { get; set; } = string.Empty;

    /// <summary>Slug of the second-ranked theme; none (null or empty) when the city chose one theme only.</summary>
    public string? SecondaryTheme { get; set; }

    [JsonIgnore]
    [BindNever]
    public IReadOnlyCollection<string> AvailableThemes { get; set; } = [];
}
