namespace ICP.Web.Features.Applications;

public sealed class WithdrawForm
{
    public string Reason { get; set; } = string.Empty;
}
