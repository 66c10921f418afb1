namespace ICP.Web.Features.Accounts;

public sealed class RegisterForm
{
    public string DisplayName { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;

    public bool AcceptPrivacy { get; set; }
}
