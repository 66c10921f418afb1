using System.Text.Json.Serialization;

namespace ICP.Web.Features.Applications;

/// <summary>
/// A step of the application form. The step's answers are saved as JSON; <see cref="Version"/> is
/// the saved version the editor started from (not part of the answers).
/// </summary>
public abstract class StepForm
{
    [JsonIgnore]
    public Guid Version { get; set; }
}
