using ICP.Web.Features.Email;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Activities.Emails;

/// <summary>
/// The place is confirmed (or, <see cref="Promoted"/>, given from the waiting list): when, where or
/// how to join; the calendar file is attached by the caller.
/// </summary>
public sealed record ActivityConfirmedEmail(string Title, ActivityTime When, string? JoiningLink, string Place, string? CancelUrl, bool Promoted) : IEmailContent
{
    public string Kind => Promoted ? ActivityEmails.PromotedKind : ActivityEmails.ConfirmedKind;

    public EmailText Write(IStringLocalizer t)
    {
        var paragraphs = new List<string>
        {
            Promoted ? t["A place became free: your registration for “{0}” is now confirmed.", Title] : t["Your registration for “{0}” is confirmed.", Title],
            t["When: {0}.", When.Text(t)],
        };
        if (JoiningLink is not null)
        {
            paragraphs.Add(t["Join online: {0}", JoiningLink]);
        }
        else if (Place.Length > 0)
        {
            paragraphs.Add(t["Where: {0}", Place]);
        }

        paragraphs.Add(t["The attached calendar file adds it to your calendar."]);
        if (CancelUrl is null)
        {
            paragraphs.Add(t["If you cannot attend, cancel with the link in the e-mail you received when you registered, so that someone on the waiting list gets your place."]);
        }

        return new(t["Registration confirmed: {0}", Title], paragraphs, CancelUrl is null ? null : new EmailLink(t["Cancel my registration"], CancelUrl));
    }
}
