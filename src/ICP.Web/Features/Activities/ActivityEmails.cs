using ICP.Domain.Activities;
using ICP.Domain.Messaging;
using ICP.Domain.Programme;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Email;
using ICP.Web.TagHelpers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Activities;

/// <summary>
/// The e-mails of a registration, each in the language the person registered in, written to the
/// outbox by the unit that makes the change. The joining link goes only to confirmed
/// participants; the confirmation carries the activity as an .ics file.
/// </summary>
public sealed class ActivityEmails(IcpDbContext db, EmailComposer composer, ActivityQueries queries)
{
    /// <summary>"Confirm your registration": a stranger can ask for it, so it counts against the recipient's limit (<see cref="RecipientThrottle"/>).</summary>
    public const string ConfirmKind = "activity-confirm";

    /// <summary>Sent instead when the address is already registered (the visitor sees the same answer).</summary>
    public const string AlreadyRegisteredKind = "activity-already-registered";

    public const string ConfirmedKind = "activity-confirmed";
    public const string WaitingKind = "activity-waiting";
    public const string PromotedKind = "activity-promoted";
    public const string CancelledKind = "activity-cancelled";
    public const string MessageKind = "activity-message";

    public async Task<OutboxMessage> ConfirmLinkAsync(Activity activity, ActivityRegistration registration, string confirmToken, CancellationToken cancellationToken)
    {
        var title = await TitleAsync(activity, registration.Culture, cancellationToken);
        return composer.Compose(registration.Email, registration.Culture, ConfirmKind, t => (
            t["Confirm your registration: {0}", title],
            [t["Someone, probably you, registered this address for “{0}”, which starts on {1}.", title, When(activity, t)],
             t["Your place is held only once you confirm. If you did not register, ignore this message: nothing will happen."]],
            new EmailLink(t["Confirm my registration"], composer.AbsoluteUrl($"/activities/confirm?token={Uri.EscapeDataString(confirmToken)}"))));
    }

    public async Task<OutboxMessage> AlreadyRegisteredAsync(Activity activity, ActivityRegistration registration, string confirmToken, string cancelToken, CancellationToken cancellationToken)
    {
        var title = await TitleAsync(activity, registration.Culture, cancellationToken);
        var awaiting = registration.Status == RegistrationStatus.AwaitingConfirmation;
        return composer.Compose(registration.Email, registration.Culture, AlreadyRegisteredKind, t => (
            t["Your registration: {0}", title],
            [t["Someone, probably you, asked again to register this address for “{0}”. It is already registered: {1}.", title, t[Labels(registration.Status)].Value],
             awaiting ? t["Your place is held only once you confirm."] : t["Earlier links in our e-mails no longer work; use this one to cancel if you cannot attend."]],
            awaiting
                ? new EmailLink(t["Confirm my registration"], composer.AbsoluteUrl($"/activities/confirm?token={Uri.EscapeDataString(confirmToken)}"))
                : new EmailLink(t["Cancel my registration"], composer.AbsoluteUrl($"/activities/cancel?token={Uri.EscapeDataString(cancelToken)}"))));
    }

    /// <summary>The place is confirmed (or, <paramref name="promoted"/>, given from the waiting list): joining details and the .ics.</summary>
    public async Task<OutboxMessage> ConfirmedAsync(Activity activity, ActivityRegistration registration, string? cancelToken, bool promoted, CancellationToken cancellationToken)
    {
        var title = await TitleAsync(activity, registration.Culture, cancellationToken);
        var entry = await queries.EntryAsync(activity.Id, composer.AbsoluteUrl, cancellationToken);
        var message = composer.Compose(registration.Email, registration.Culture, promoted ? PromotedKind : ConfirmedKind, t =>
        {
            var paragraphs = new List<string>
            {
                promoted ? t["A place became free: your registration for “{0}” is now confirmed.", title] : t["Your registration for “{0}” is confirmed.", title],
                t["When: {0}.", When(activity, t)],
            };
            if (activity.Kind == ActivityKind.OnlineSession)
            {
                paragraphs.Add(t["Join online: {0}", activity.JoiningLink]);
            }
            else if (activity.Place.Length > 0)
            {
                paragraphs.Add(t["Where: {0}", activity.Place]);
            }

            paragraphs.Add(t["The attached calendar file adds it to your calendar."]);
            if (cancelToken is null)
            {
                paragraphs.Add(t["If you cannot attend, cancel with the link in the e-mail you received when you registered, so that someone on the waiting list gets your place."]);
            }

            return (t["Registration confirmed: {0}", title], paragraphs,
                cancelToken is null ? null : new EmailLink(t["Cancel my registration"], composer.AbsoluteUrl($"/activities/cancel?token={Uri.EscapeDataString(cancelToken)}")));
        });
        return entry is null ? message : message.WithCalendar(ActivityCalendar.Write([entry], entry.Title));
    }

    public async Task<OutboxMessage> WaitingAsync(Activity activity, ActivityRegistration registration, string cancelToken, CancellationToken cancellationToken)
    {
        var title = await TitleAsync(activity, registration.Culture, cancellationToken);
        return composer.Compose(registration.Email, registration.Culture, WaitingKind, t => (
            t["On the waiting list: {0}", title],
            [t["“{0}” is full: you are on the waiting list. If a place becomes free before {1}, it is given to you automatically and we write to you with the joining details.", title, When(activity, t)]],
            new EmailLink(t["Cancel my registration"], composer.AbsoluteUrl($"/activities/cancel?token={Uri.EscapeDataString(cancelToken)}"))));
    }

    public async Task<OutboxMessage> CancelledAsync(Activity activity, ActivityRegistration registration, bool byStaff, CancellationToken cancellationToken)
    {
        var title = await TitleAsync(activity, registration.Culture, cancellationToken);
        return composer.Compose(registration.Email, registration.Culture, CancelledKind, t => (
            t["Registration cancelled: {0}", title],
            [byStaff ? t["The programme team cancelled your registration for “{0}”.", title] : t["Your registration for “{0}” is cancelled. Thank you for letting us know.", title]],
            null));
    }

    public async Task<OutboxMessage> MessageAsync(Activity activity, ActivityRegistration registration, string subject, string body, CancellationToken cancellationToken)
    {
        var title = await TitleAsync(activity, registration.Culture, cancellationToken);
        return composer.Compose(registration.Email, registration.Culture, MessageKind, t => (
            $"{subject} – {title}",
            [t["A message from the programme team about “{0}”:", title], body],
            new EmailLink(t["See the activity"], composer.AbsoluteUrl($"/activities/{activity.Id}"))));
    }

    private static string When(Activity activity, IStringLocalizer t) =>
        ZonedTimeMarkup.Text(activity.StartsAt, t, TimePrecision.Minutes, activity.TimeZoneId);

    private static string Labels(RegistrationStatus status) => ICP.Web.Infrastructure.Labels.Registration(status);

    private async Task<string> TitleAsync(Activity activity, string culture, CancellationToken cancellationToken) =>
        await db.ContentTranslations.AsNoTracking()
            .Where(c => c.Kind == ContentKind.Activity && c.EntityId == activity.Id && c.Field == ContentField.Title && c.Culture == culture)
            .Select(c => c.Text).SingleOrDefaultAsync(cancellationToken) ?? activity.Title;
}
