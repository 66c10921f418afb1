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
        var entry = await queries.EntryAsync(activity.Id, composer.AbsoluteUrl, cancellationToken);
        var message = composer.Compose(registration.Email, registration.Culture, new ActivityConfirmedEmail(
            title, When(activity), activity.Kind == ActivityKind.OnlineSession ? activity.JoiningLink : null, activity.Place,
            cancelToken is null ? null : CancelUrl(cancelToken), promoted));
        return entry is null ? message : message.WithCalendar(ActivityCalendar.Write([entry], entry.Title));
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

    private static ActivityTime When(Activity activity) => new(activity.StartsAt, activity.TimeZoneId);

    private string ConfirmUrl(string token) => composer.AbsoluteUrl($"/activities/confirm?token={Uri.EscapeDataString(token)}");

    private string CancelUrl(string token) => composer.AbsoluteUrl($"/activities/cancel?token={Uri.EscapeDataString(token)}");

    private async Task<string> TitleAsync(Activity activity, string culture, CancellationToken cancellationToken) =>
        await db.ContentTranslations.AsNoTracking()
            .Where(c => c.Kind == ContentKind.Activity && c.EntityId == activity.Id && c.Field == ContentField.Title && c.Culture == culture)
            .Select(c => c.Text).SingleOrDefaultAsync(cancellationToken) ?? activity.Title;
}
