namespace ICP.Web.Features.Accounts;

public sealed class EmailForm
{
    public string Email { get; set; } = string.Empty;
}
