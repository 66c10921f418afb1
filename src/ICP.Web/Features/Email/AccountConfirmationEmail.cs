using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Email;

/// <summary>The link that confirms a new account's e-mail address.</summary>
public sealed record AccountConfirmationEmail(string ConfirmUrl) : IEmailContent
{
    public string Kind => "account-confirmation";

    public EmailText Write(IStringLocalizer t) => new(
        t["Confirm your e-mail address for the ICP portal"],
        [t["Someone, perhaps you, created an account on the portal of International City Partnerships with this e-mail address."],
         t["Confirm your e-mail address to activate your account. The link below is valid for two days. If you did not create this account, ignore this message: without confirmation it stays unusable."]],
        new EmailLink(t["Confirm my e-mail address"], ConfirmUrl));
}
