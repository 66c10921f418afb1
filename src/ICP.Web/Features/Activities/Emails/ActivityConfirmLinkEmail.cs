using ICP.Web.Features.Email;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Activities.Emails;

/// <summary>"Confirm your registration": the place is held only once the link is followed.</summary>
public sealed record ActivityConfirmLinkEmail(string Title, ActivityTime When, string ConfirmUrl) : IEmailContent
{
    public string Kind => ActivityEmails.ConfirmKind;

    public EmailText Write(IStringLocalizer t) => new(
        t["Confirm your registration: {0}", Title],
        [t["Someone, probably you, registered this address for “{0}”, which starts on {1}.", Title, When.Text(t)],
         t["Your place is held only once you confirm. If you did not register, ignore this message: nothing will happen."]],
        new EmailLink(t["Confirm my registration"], ConfirmUrl));
}
