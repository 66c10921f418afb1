using ICP.Web.Features.Email;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Activities.Emails;

/// <summary>The programme team's own message to everyone registered for an activity.</summary>
public sealed record ActivityMessageEmail(string Title, string Subject, string Body, string ActivityUrl) : IEmailContent
{
    public string Kind => ActivityEmails.MessageKind;

    public EmailText Write(IStringLocalizer t) => new(
        $"{Subject} – {Title}",
        [t["A message from the programme team about “{0}”:", Title], Body],
        new EmailLink(t["See the activity"], ActivityUrl));
}
