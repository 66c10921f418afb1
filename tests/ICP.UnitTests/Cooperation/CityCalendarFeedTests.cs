using System.Security.Cryptography;
using System.Text;
using ICP.Domain.Applications;
using ICP.Domain.Cooperation;
using Xunit;

namespace ICP.UnitTests.Cooperation;

/// <summary>A city's private calendar address: 256 random bits shown once, only its SHA-256 kept, and a renewal ends the old one.</summary>
public sealed class CityCalendarFeedTests
{
    private static readonly DateTimeOffset Now = new(2022, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Actor Officer = new("user-1", "Ana Officer");

    [Fact]
    public void Create_GivesA256BitToken_AndKeepsOnlyItsSha256()
    {
        var (feed, token) = CityCalendarFeed.Create(7, Officer, Now);

        Assert.Equal(32, Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=").Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), feed.TokenHash);
        Assert.DoesNotContain(token, feed.TokenHash, StringComparison.Ordinal);
        Assert.True(feed.Accepts(token));
        Assert.Equal((7, Now, "Ana Officer", 0), (feed.ApplicationId, feed.IssuedAt, feed.IssuedByName, feed.Renewals));
    }

    [Fact]
    public void Renew_TheOldTokenNoLongerOpensTheFeed_TheNewOneDoes()
    {
        var (feed, old) = CityCalendarFeed.Create(7, Officer, Now);
        var before = feed.ConcurrencyToken;

        var renewed = feed.Renew(new Actor("user-2", "Rui Colleague"), Now.AddDays(3));

        Assert.NotEqual(old, renewed);
        Assert.False(feed.Accepts(old));
        Assert.True(feed.Accepts(renewed));
        Assert.Equal((1, Now.AddDays(3), "Rui Colleague", Now), (feed.Renewals, feed.IssuedAt, feed.IssuedByName, feed.CreatedAt));
        Assert.NotEqual(before, feed.ConcurrencyToken);
    }

    [Fact]
    public void Create_TwoFeeds_NeverShareAToken()
    {
        var tokens = Enumerable.Range(0, 200).Select(i => CityCalendarFeed.Create(i, Officer, Now).Token).ToList();

        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }
}
