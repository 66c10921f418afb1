namespace ICP.Web.Features.PersonalData;

/// <summary>The account deletion form: the password again, and an explicit confirmation.</summary>
public sealed class DeleteAccountForm
{
    public string Password { get; set; } = string.Empty;

    public bool ConfirmDeletion { get; set; }
}
