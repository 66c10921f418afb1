namespace ICP.Web.Features.Accounts;

public sealed class ResetPasswordForm
{
    public string Email { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}
