using ICP.Domain.Activities;
using ICP.Domain.Applications;

namespace ICP.Domain.Cooperation;

/// <summary>
/// A participating city's private calendar feed (/calendar/city/{token}.ics): the activities that
/// concern the city, read by calendar clients that carry no cookie, so the address itself is the
/// key. The token is 256 random bits shown once, when it is made; only its SHA-256 is kept, so a
/// copy of the database cannot read anyone's calendar, and the portal cannot show the address
/// again: a city that lost it makes a new one, which ends the old one at once (ADR 21).
/// </summary>
public sealed class CityCalendarFeed
{
    public const int IssuedByNameLength = 200;

    private CityCalendarFeed()
    {
        TokenHash = string.Empty;
        IssuedBy = string.Empty;
        IssuedByName = string.Empty;
    }

    private CityCalendarFeed(int applicationId, DateTimeOffset at)
        : this()
    {
        ApplicationId = applicationId;
        CreatedAt = at.ToUniversalTime();
    }

    public int Id { get; private set; }

    /// <summary>The participating city (its application), one feed each.</summary>
    public int ApplicationId { get; private set; }

    /// <summary>SHA-256 (hex) of the token in the address in force.</summary>
    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the address in force was made (the first time, or the last renewal).</summary>
    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedBy { get; private set; }

    public string IssuedByName { get; private set; }

    /// <summary>How many times the address was replaced by a new one.</summary>
    public int Renewals { get; private set; }

    /// <summary>Renewed with every new address: of two renewals at once, the second is decided again (ADR 12).</summary>
    public Guid ConcurrencyToken { get; private set; }

    /// <summary>A city's first feed, and its token (to show once).</summary>
    public static (CityCalendarFeed Feed, string Token) Create(int applicationId, Actor by, DateTimeOffset now)
    {
        var feed = new CityCalendarFeed(applicationId, now);
        var token = feed.Issue(by, now);
        return (feed, token);
    }

    /// <summary>
    /// A new address for the feed: the old token stops matching from this change's commit. Returns the
    /// new token (to show once).
    /// </summary>
    public string Renew(Actor by, DateTimeOffset now)
    {
        Renewals++;
        return Issue(by, now);
    }

    /// <summary>Whether <paramref name="token"/> is the address in force (compared by its hash).</summary>
    public bool Accepts(string token) => RegistrationToken.Hash(token) == TokenHash;

    private string Issue(Actor by, DateTimeOffset now)
    {
        var (token, hash) = RegistrationToken.New();
        TokenHash = hash;
        IssuedAt = now.ToUniversalTime();
        IssuedBy = by.UserId;
        IssuedByName = by.Name.Length > IssuedByNameLength ? by.Name[..IssuedByNameLength] : by.Name;
        ConcurrencyToken = Guid.NewGuid();
        return token;
    }
}
