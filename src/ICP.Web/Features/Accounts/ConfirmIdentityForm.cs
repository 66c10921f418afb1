namespace ICP.Web.Features.Accounts;

/// <summary>"Confirm it is you": the password, and the authenticator's code when two-step sign-in is on.</summary>
public sealed class ConfirmIdentityForm
{
    public string Password { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;
}
