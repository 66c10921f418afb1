using System.Globalization;
using ICP.Domain.Activities;
using ICP.Domain.Messaging;
using ICP.Domain.Programme;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Activities.Emails;
using ICP.Web.Features.Email;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>What a participant's calendar shows of the activity changed: the new details and the updated .ics.</summary>
    public const string ChangedKind = "activity-changed";

    public async Task<OutboxMessage> ConfirmLinkAsync(Activity activity, ActivityRegistration registration, string confirmToken, CancellationToken cancellationToken) =>
        composer.Compose(registration.Email, registration.Culture, new ActivityConfirmLinkEmail(
            await TitleAsync(activity, registration.Culture, cancellationToken), When(activity), ConfirmUrl(confirmToken)));

    public async Task<OutboxMessage> AlreadyRegisteredAsync(Activity activity, ActivityRegistration registration, string confirmToken, string cancelToken, CancellationToken cancellationToken) =>
        composer.Compose(registration.Email, registration.Culture, new ActivityAlreadyRegisteredEmail(
            await TitleAsync(activity, registration.Culture, cancellationToken), registration.Status, ConfirmUrl(confirmToken), CancelUrl(cancelToken)));

    /// <summary>The place is confirmed (or, <paramref name="promoted"/>, given from the waiting list): joining details and the .ics.</summary>
    public async Task<OutboxMessage> ConfirmedAsync(Activity activity, ActivityRegistration registration, string? cancelToken, bool promoted, CancellationToken cancellationToken)
    {
        var title = await TitleAsync(activity, registration.Culture, cancellationToken);
        var message = composer.Compose(registration.Email, registration.Culture, new ActivityConfirmedEmail(
            title, When(activity), activity.Kind == ActivityKind.OnlineSession ? activity.JoiningLink : null, activity.Place,
            cancelToken is null ? null : CancelUrl(cancelToken), promoted));
        return await CalendarInAsync(activity.Id, registration.Culture, cancellationToken) is { } ics ? message.WithCalendar(ics) : message;
    }

    /// <summary>
    /// Staff changed what a calendar shows of the activity: one e-mail with the updated .ics to every
    /// confirmed registrant (not those in <paramref name="alreadyTold"/>, promoted by the same edit
    /// and sent their confirmation) and every delegate the cities registered for it, once per
    /// address. Registrants read it in the language they registered in; delegates, who gave none, in
    /// their city's (its designated submitter's account language). People waiting or awaiting
    /// confirmation hold no calendar entry and get nothing: their confirmation will carry the new
    /// details. The activity's edit must already be saved in the unit: the .ics is read back.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> ChangedAsync(Activity activity, IReadOnlyCollection<ActivityRegistration> alreadyTold, CancellationToken cancellationToken)
    {
        var recipients = activity.Registrations
            .Where(r => r.Status == RegistrationStatus.Confirmed && !alreadyTold.Contains(r))
            .Select(r => (r.Email, r.Culture, Joins: true))
            .ToList();
        var delegates = await (from d in db.Delegations.AsNoTracking()
                               where d.ActivityId == activity.Id
                               join x in db.VisitDelegates on d.Id equals x.DelegationId
                               join a in db.Applications on d.ApplicationId equals a.Id
                               join l in db.LocalAuthorities on a.LocalAuthorityId equals l.Id
                               join u in db.Users on l.DesignatedSubmitterId equals u.Id into submitters
                               from u in submitters.DefaultIfEmpty()
                               orderby x.Id
                               select new { x.Email, Culture = u == null ? null : u.PreferredCulture })
            .ToListAsync(cancellationToken);
        recipients.AddRange(delegates.Select(d => (d.Email, d.Culture ?? "en", Joins: false)));

        var place = string.Join(", ", new[] { activity.Place, activity.HostCity }.Where(s => s.Length > 0));
        var url = activity.IsPublic ? composer.AbsoluteUrl($"/activities/{activity.Id}") : null;
        var messages = new List<OutboxMessage>();
        foreach (var (email, culture, joins) in recipients.DistinctBy(r => r.Email, StringComparer.OrdinalIgnoreCase))
        {
            var message = composer.Compose(email, culture, new ActivityChangedEmail(
                await TitleAsync(activity, culture, cancellationToken), When(activity),
                joins && activity.Kind == ActivityKind.OnlineSession ? activity.JoiningLink : null, place, url));
            messages.Add(await CalendarInAsync(activity.Id, culture, cancellationToken) is { } ics ? message.WithCalendar(ics) : message);
        }

        return messages;
    }

    public async Task<OutboxMessage> WaitingAsync(Activity activity, ActivityRegistration registration, string cancelToken, CancellationToken cancellationToken) =>
        composer.Compose(registration.Email, registration.Culture, new ActivityWaitingEmail(
            await TitleAsync(activity, registration.Culture, cancellationToken), When(activity), CancelUrl(cancelToken)));

    public async Task<OutboxMessage> CancelledAsync(Activity activity, ActivityRegistration registration, bool byStaff, CancellationToken cancellationToken) =>
        composer.Compose(registration.Email, registration.Culture, new ActivityCancelledEmail(
            await TitleAsync(activity, registration.Culture, cancellationToken), byStaff));

    public async Task<OutboxMessage> MessageAsync(Activity activity, ActivityRegistration registration, string subject, string body, CancellationToken cancellationToken) =>
        composer.Compose(registration.Email, registration.Culture, new ActivityMessageEmail(
            await TitleAsync(activity, registration.Culture, cancellationToken), subject, body, composer.AbsoluteUrl($"/activities/{activity.Id}")));

    // The calendar file in the recipient's language (titles and descriptions are translated content), read from the database.
    private async Task<string?> CalendarInAsync(int activityId, string culture, CancellationToken cancellationToken)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(string.IsNullOrWhiteSpace(culture) ? "en" : culture);
            var entry = await queries.EntryAsync(activityId, composer.AbsoluteUrl, cancellationToken);
            return entry is null ? null : ActivityCalendar.Write([entry], entry.Title);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static ActivityTime When(Activity activity) => new(activity.StartsAt, activity.TimeZoneId);

    private string ConfirmUrl(string token) => composer.AbsoluteUrl($"/activities/confirm?token={Uri.EscapeDataString(token)}");

    private string CancelUrl(string token) => composer.AbsoluteUrl($"/activities/cancel?token={Uri.EscapeDataString(token)}");

    private async Task<string> TitleAsync(Activity activity, string culture, CancellationToken cancellationToken) =>
        await db.ContentTranslations.AsNoTracking()
            .Where(c => c.Kind == ContentKind.Activity && c.EntityId == activity.Id && c.Field == ContentField.Title && c.Culture == culture)
            .Select(c => c.Text).SingleOrDefaultAsync(cancellationToken) ?? activity.Title;
}
