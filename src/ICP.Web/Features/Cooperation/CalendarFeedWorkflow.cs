using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Domain.Cooperation;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Cooperation;

/// <summary>
/// Makes a participating city's private calendar address, or a new one in place of the old (which
/// stops working at the commit). Any officer of the city may, since the feed is the city's and
/// not an account's; each time is one write unit (ADR 12), audited.
/// </summary>
public sealed class CalendarFeedWorkflow(IcpDbContext db, DatabaseWrites writes, CooperationQueries cooperation, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The new token, to be shown once; not found for a person whose city does not take part.</summary>
    public async Task<string> IssueAsync(ApplicantContext who, CancellationToken cancellationToken)
    {
        var city = await cooperation.ParticipatingCityAsync(who, cancellationToken) ?? throw new NotFoundException("Calendar feed");
        return await writes.RunAsync(async token =>
        {
            var now = clock.GetUtcNow();
            var feed = await db.CityCalendarFeeds.SingleOrDefaultAsync(f => f.ApplicationId == city.ApplicationId, token);
            string issued;
            if (feed is null)
            {
                (feed, issued) = CityCalendarFeed.Create(city.ApplicationId, who.Actor, now);
                db.CityCalendarFeeds.Add(feed);
                audit.Record(who.UserId, who.Name, AuditActions.CalendarFeedCreated, city.Reference, "Private calendar address made");
            }
            else
            {
                issued = feed.Renew(who.Actor, now);
                audit.Record(who.UserId, who.Name, AuditActions.CalendarFeedRenewed, city.Reference, $"Private calendar address renewed ({feed.Renewals}); the previous one no longer works");
            }

            await db.SaveChangesAsync(token);
            return issued;
        }, cancellationToken);
    }
}
