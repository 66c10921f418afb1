using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Email;

/// <summary>Sent instead of a confirmation when someone registers with an address that already has an account.</summary>
public sealed record AccountExistsEmail(string ForgotPasswordUrl) : IEmailContent
{
    public string Kind => "account-exists";

    public EmailText Write(IStringLocalizer t) => new(
        t["Someone tried to register with your e-mail address"],
        [t["Someone, perhaps you, tried to create an account on the ICP portal with this e-mail address, which already has one."],
         t["If it was you, sign in, or choose a new password if you have forgotten it. If not, you can ignore this message."]],
        new EmailLink(t["Choose a new password"], ForgotPasswordUrl));
}
