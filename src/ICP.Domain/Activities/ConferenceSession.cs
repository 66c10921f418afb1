namespace ICP.Domain.Activities;

/// <summary>One session of the closing conference's programme (owned by its <see cref="Activity"/>).</summary>
public sealed class ConferenceSession
{
    private ConferenceSession()
    {
        Title = string.Empty;
        Speakers = string.Empty;
    }

    internal ConferenceSession(int order, ConferenceSessionDetails details)
    {
        Order = order;
        Title = details.Title.Trim();
        StartsAt = details.StartsAt.ToUniversalTime();
        EndsAt = details.EndsAt.ToUniversalTime();
        Speakers = details.Speakers?.Trim() ?? string.Empty;
    }

    public int Id { get; private set; }

    public int ActivityId { get; private set; }

    public int Order { get; private set; }

    public string Title { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public string Speakers { get; private set; }
}
