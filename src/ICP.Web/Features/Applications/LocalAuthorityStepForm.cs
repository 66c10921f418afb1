using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ICP.Web.Features.Applications;

public sealed class LocalAuthorityStepForm : StepForm
{
    public string OfficialName { get; set; } = string.Empty;

    public string Region { get; set; } = string.Empty;

    public int? Population { get; set; }

    public string Website { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    /// <summary>Set by the portal, never by the form: the authority being edited (for the duplicate check).</summary>
    [JsonIgnore]
    [BindNever]
    public int AuthorityId { get; set; }

    [JsonIgnore]
    [BindNever]
    public string CountryCode { get; set; } = string.Empty;
}
