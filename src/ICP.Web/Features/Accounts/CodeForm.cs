namespace ICP.Web.Features.Accounts;

public sealed class CodeForm
{
    public string Code { get; set; } = string.Empty;
}
