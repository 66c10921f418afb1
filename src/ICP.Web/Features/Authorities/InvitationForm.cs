namespace ICP.Web.Features.Authorities;

public sealed class InvitationForm
{
    public string Email { get; set; } = string.Empty;
}
