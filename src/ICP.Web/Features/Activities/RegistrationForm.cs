namespace ICP.Web.Features.Activities;

/// <summary>What a member of the public types to register for an online session or the conference.</summary>
public sealed class RegistrationForm
{
    public string Name { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Organisation { get; set; } = string.Empty;

    public string CountryCode { get; set; } = string.Empty;

    public bool Consent { get; set; }
}
