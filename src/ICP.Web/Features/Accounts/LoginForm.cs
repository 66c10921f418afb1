namespace ICP.Web.Features.Accounts;

public sealed class LoginForm
{
    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}
