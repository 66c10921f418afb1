namespace ICP.Web.Features.Authorities;

/// <summary>Staff hand a city's submitter role to another member of its team, at the team's request, with the reason.</summary>
public sealed class SubmitterChangeForm
{
    public string UserId { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
}
