using ICP.Domain.Activities;
using ICP.Web.Features.Email;
using ICP.Web.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Activities.Emails;

/// <summary>Sent instead of a new confirmation link when the address is already registered (the visitor sees the same answer).</summary>
public sealed record ActivityAlreadyRegisteredEmail(string Title, RegistrationStatus Status, string ConfirmUrl, string CancelUrl) : IEmailContent
{
    public string Kind => ActivityEmails.AlreadyRegisteredKind;

    public EmailText Write(IStringLocalizer t)
    {
        var awaiting = Status == RegistrationStatus.AwaitingConfirmation;
        return new(
            t["Your registration: {0}", Title],
            [t["Someone, probably you, asked again to register this address for “{0}”. It is already registered: {1}.", Title, t[Labels.Registration(Status)].Value],
             awaiting ? t["Your place is held only once you confirm."] : t["Earlier links in our e-mails no longer work; use this one to cancel if you cannot attend."]],
            awaiting ? new EmailLink(t["Confirm my registration"], ConfirmUrl) : new EmailLink(t["Cancel my registration"], CancelUrl));
    }
}
