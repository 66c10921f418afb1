namespace ICP.Web.Features.Authorities;

public sealed class NewAuthorityForm
{
    public string OfficialName { get; set; } = string.Empty;

    public string CountryCode { get; set; } = string.Empty;
}
