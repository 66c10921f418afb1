using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Email;

/// <summary>A link to choose a new password, asked for on the forgotten-password form.</summary>
public sealed record PasswordResetEmail(string ResetUrl) : IEmailContent
{
    public string Kind => "password-reset";

    public EmailText Write(IStringLocalizer t) => new(
        t["Choose a new password for the ICP portal"],
        [t["You asked to choose a new password for your account on the ICP portal. The link below is valid for two days."],
         t["If you did not ask for this, you can ignore this message: your password has not changed."]],
        new EmailLink(t["Choose a new password"], ResetUrl));
}
