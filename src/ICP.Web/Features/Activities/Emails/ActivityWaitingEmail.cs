using ICP.Web.Features.Email;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Activities.Emails;

/// <summary>The activity is full: the person is on the waiting list, promoted automatically when a place frees.</summary>
public sealed record ActivityWaitingEmail(string Title, ActivityTime When, string CancelUrl) : IEmailContent
{
    public string Kind => ActivityEmails.WaitingKind;

    public EmailText Write(IStringLocalizer t) => new(
        t["On the waiting list: {0}", Title],
        [t["“{0}” is full: you are on the waiting list. If a place becomes free before {1}, it is given to you automatically and we write to you with the joining details.", Title, When.Text(t)]],
        new EmailLink(t["Cancel my registration"], CancelUrl));
}
