using ICP.Web.Features.Email;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Activities.Emails;

/// <summary>
/// Staff changed what a participant's calendar shows of an activity (its title, time, zone, place or
/// joining link): what holds now, with the updated calendar file attached by the caller (same UID,
/// a higher SEQUENCE, so the calendar replaces the event instead of adding one).
/// </summary>
public sealed record ActivityChangedEmail(string Title, ActivityTime When, string? JoiningLink, string Place, string? ActivityUrl) : IEmailContent
{
    public string Kind => ActivityEmails.ChangedKind;

    public EmailText Write(IStringLocalizer t)
    {
        var paragraphs = new List<string>
        {
            t["The programme team changed “{0}”. This is what holds now.", Title],
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

        paragraphs.Add(t["The attached calendar file updates the event in your calendar: open it, and it replaces the one you added before."]);
        return new(t["Changed: {0}", Title], paragraphs, ActivityUrl is null ? null : new EmailLink(t["See the activity"], ActivityUrl));
    }
}
