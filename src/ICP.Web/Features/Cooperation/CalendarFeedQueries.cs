using ICP.Domain.Activities;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Activities;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Cooperation;

/// <summary>
/// Reads of the participating cities' private calendar feeds: whether the city has one (for its
/// workspace), and the feed a token opens. A token opens the feed only while it is the city's
/// address in force and the city takes part (asked of <see cref="CooperationQueries.SelectedCitiesAsync"/>
/// at every request): a city that declines loses its feed at the decline's commit.
/// </summary>
public sealed class CalendarFeedQueries(IcpDbContext db, CooperationQueries cooperation, ActivityQueries activities)
{
    // RegistrationToken.New: 32 random bytes in unpadded base64url.
    private const int TokenLength = 43;

    /// <summary>The path of a feed's address (in a page's language, for the titles).</summary>
    public static string PathFor(string token, string culture) => $"/calendar/city/{token}.ics?culture={Uri.EscapeDataString(culture)}";

    public async Task<CalendarFeedStatus?> StatusAsync(int applicationId, CancellationToken cancellationToken) =>
        await db.CityCalendarFeeds.AsNoTracking().Where(f => f.ApplicationId == applicationId)
            .Select(f => new CalendarFeedStatus(f.IssuedAt, f.IssuedByName)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The city's feed as iCalendar; null for a token that is not an address in force, or whose city
    /// no longer takes part (the caller answers 404 alike).
    /// </summary>
    public async Task<string?> FeedAsync(
        string? token, Func<string, string> name, Func<string, string> absoluteUrl, Func<IReadOnlyList<string>, string> delegatesNote, CancellationToken cancellationToken)
    {
        if (token is not { Length: TokenLength } || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        var hash = RegistrationToken.Hash(token);
        if (await db.CityCalendarFeeds.AsNoTracking().Where(f => f.TokenHash == hash).Select(f => (int?)f.ApplicationId).SingleOrDefaultAsync(cancellationToken) is not { } applicationId)
        {
            return null;
        }

        var callId = await cooperation.CallIdAsync(cancellationToken);
        if ((await cooperation.SelectedCitiesAsync(callId, cancellationToken)).FirstOrDefault(c => c.ApplicationId == applicationId) is not { } city)
        {
            return null;
        }

        return await activities.CityFeedAsync(applicationId, name(city.Name), absoluteUrl, delegatesNote, cancellationToken);
    }
}
