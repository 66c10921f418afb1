using System.Text;
using ICP.Web.Configuration;
using ICP.Web.Features.Activities;
using ICP.Web.Features.Cooperation;
using ICP.Web.Features.Email;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace ICP.Web.Controllers;

/// <summary>
/// A participating city's private calendar feed. Calendar clients fetch it without a cookie, so the
/// address's token is the only key: no session is read or made, the answer is never stored by a
/// cache, and an unknown, renewed or revoked token answers the same plain 404 (ADR 21).
/// </summary>
public sealed class CityCalendarController(CalendarFeedQueries feeds, PortalRateLimits limits, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("/calendar/city/{token}.ics")]
    public async Task<IActionResult> Feed([FromRoute] string token, [FromServices] EmailComposer links, CancellationToken cancellationToken)
    {
        await limits.EnsureAsync(HttpContext, RateLimitSetup.CalendarFeedPolicy, cancellationToken);
        var ics = await feeds.FeedAsync(
            token, city => t["International City Partnerships: {0}", city], links.AbsoluteUrl,
            names => t["Your delegates: {0}", string.Join(", ", names)], cancellationToken);
        if (ics is null)
        {
            return NotFound();
        }

        // The city's schedule and its delegates' names: kept by no cache between the portal and the calendar.
        Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        return File(Encoding.UTF8.GetBytes(ics), ActivityCalendar.ContentType, "icp-city-calendar.ics");
    }
}
