using System.Linq.Expressions;

namespace ICP.Domain.Messaging;

/// <summary>
/// An e-mail written in the same transaction as the change it reports (a receipt, a decision), and
/// delivered afterwards by a background worker with retries. Nothing acknowledged is left unsent
/// because a mail server was down.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxAttempts = 8;

    /// <summary>The subject column's length.</summary>
    public const int SubjectLength = 300;

    /// <summary>
    /// How long the content of a message that could not be delivered is kept (for staff to send it
    /// again): the longest validity of a link a message carries, a team invitation's 14 days.
    /// </summary>
    public static readonly TimeSpan UndeliveredContentKept = TimeSpan.FromDays(14);

    private OutboxMessage()
    {
        To = string.Empty;
        Subject = string.Empty;
        TextBody = string.Empty;
        HtmlBody = string.Empty;
        Kind = string.Empty;
    }

    public OutboxMessage(string to, string subject, string textBody, string htmlBody, string kind, DateTimeOffset createdAt, string? relatedReference = null)
    {
        To = to;
        // Subjects quote names people typed (a city, an officer): a subject line has no use for
        // more, and the column holds SubjectLength characters.
        Subject = subject.Length > SubjectLength ? string.Concat(subject.AsSpan(0, SubjectLength - 1), "…") : subject;
        TextBody = textBody;
        HtmlBody = htmlBody;
        Kind = kind;
        RelatedReference = relatedReference;
        CreatedAt = createdAt.ToUniversalTime();
        NextAttemptAt = CreatedAt;
        State = DeliveryState.Pending;
    }

    public long Id { get; private set; }

    public string To { get; private set; }

    public string Subject { get; private set; }

    public string TextBody { get; private set; }

    public string HtmlBody { get; private set; }

    /// <summary>What the message is (e.g. "receipt", "account-confirmation"), for staff screens.</summary>
    public string Kind { get; private set; }

    /// <summary>The application reference it concerns, if any.</summary>
    public string? RelatedReference { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DeliveryState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>An iCalendar file sent with the message as <c>invitation.ics</c> (a confirmed place), or null.</summary>
    public string? CalendarAttachment { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>While set in the future, one worker is delivering the message and others leave it alone.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>Renewed on every change, so two workers cannot both claim the message.</summary>
    public Guid ConcurrencyToken { get; private set; } = Guid.NewGuid();

    /// <summary>Whether the text is still kept (it is removed once delivered, see <see cref="RemoveContent"/>).</summary>
    public bool HasContent => TextBody.Length > 0 || HtmlBody.Length > 0;

    public bool IsDue(DateTimeOffset now) =>
        State == DeliveryState.Pending && NextAttemptAt <= now && (ClaimedUntil is null || ClaimedUntil <= now);

    public void Claim(DateTimeOffset now, TimeSpan lease)
    {
        ClaimedUntil = now.ToUniversalTime() + lease;
        ConcurrencyToken = Guid.NewGuid();
    }

    public void MarkSent(DateTimeOffset at)
    {
        ClaimedUntil = null;
        ConcurrencyToken = Guid.NewGuid();
        Attempts++;
        State = DeliveryState.Sent;
        SentAt = at.ToUniversalTime();
        LastError = null;
        RemoveContent();
    }

    /// <summary>
    /// Removes the text once nobody needs it: it may hold live links (a password reset, a
    /// confirmation, an invitation), which a copy of the database must not give to whoever reads
    /// it. The recipient has the message; the record of it (to, subject, when, delivery) stays.
    /// </summary>
    public void RemoveContent()
    {
        TextBody = string.Empty;
        HtmlBody = string.Empty;
        CalendarAttachment = null;
    }

    /// <summary>Attaches an iCalendar file (the text of a .ics).</summary>
    public OutboxMessage WithCalendar(string ics)
    {
        CalendarAttachment = ics;
        return this;
    }

    /// <summary>Records a failed attempt and schedules the next one (1, 2, 4 … minutes), or gives up.</summary>
    public void MarkFailed(string error, DateTimeOffset at)
    {
        ClaimedUntil = null;
        ConcurrencyToken = Guid.NewGuid();
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (Attempts >= MaxAttempts)
        {
            State = DeliveryState.Failed;
            return;
        }

        NextAttemptAt = at.ToUniversalTime() + TimeSpan.FromMinutes(Math.Pow(2, Attempts - 1));
    }

    /// <summary>Whether staff can send it again: it failed, and its content is still kept.</summary>
    public bool CanRetry => RetryableCheck(this);

    /// <summary><see cref="CanRetry"/>, as a condition a query can hand to the database.</summary>
    public static readonly Expression<Func<OutboxMessage, bool>> Retryable =
        m => m.State == DeliveryState.Failed && (m.TextBody != string.Empty || m.HtmlBody != string.Empty);

    private static readonly Func<OutboxMessage, bool> RetryableCheck = Retryable.Compile();

    /// <summary>Puts a failed message back in the queue (a staff action).</summary>
    public void Retry(DateTimeOffset at)
    {
        if (!CanRetry)
        {
            return;
        }

        State = DeliveryState.Pending;
        Attempts = 0;
        NextAttemptAt = at.ToUniversalTime();
        ClaimedUntil = null;
        ConcurrencyToken = Guid.NewGuid();
    }
}
