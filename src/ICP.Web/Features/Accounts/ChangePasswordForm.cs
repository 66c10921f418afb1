namespace ICP.Web.Features.Accounts;

public sealed class ChangePasswordForm
{
    public string NewPassword { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}
