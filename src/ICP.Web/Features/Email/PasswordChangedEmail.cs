using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Email;

/// <summary>The warning that an account's password was just changed.</summary>
public sealed record PasswordChangedEmail(string ForgotPasswordUrl) : IEmailContent
{
    public string Kind => "password-changed";

    public EmailText Write(IStringLocalizer t) => new(
        t["Your ICP portal password was changed"],
        [t["The password of your account on the ICP portal was just changed."],
         t["If you did not do this, choose a new password at once and tell the programme team."]],
        new EmailLink(t["Choose a new password"], ForgotPasswordUrl));
}
