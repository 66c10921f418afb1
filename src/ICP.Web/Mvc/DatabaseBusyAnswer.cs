using ICP.Infrastructure.Persistence.Writes;

namespace ICP.Web.Mvc;

/// <summary>
/// How the portal answers when it did not take a write: the database was busy beyond the busy
/// budget or unavailable (503), or the request was over a rate limit (429, <see cref="PortalRateLimits"/>).
/// Either way: Retry-After, the page the person was on with what they typed and a banner saying
/// nothing was saved and when to try again. One place for the status, the header and the flag.
/// </summary>
public static class DatabaseBusyAnswer
{
    /// <summary>The ViewData key the layout looks for to show the "not saved, try again" banner.</summary>
    public const string ViewDataKey = "DatabaseBusy";

    /// <summary>The ViewData key (seconds to wait) the layout looks for to show the "too many, wait" banner.</summary>
    public const string RateLimitedViewDataKey = "RateLimited";

    /// <summary>Sets 503 and Retry-After on the response and flags the page for the banner.</summary>
    public static void Apply(HttpContext context, Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary? viewData = null)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds(context).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (viewData is not null)
        {
            viewData[ViewDataKey] = true;
        }
    }

    /// <summary>A moment longer than the busy budget: by then the queue that refused this write has moved on.</summary>
    public static int RetryAfterSeconds(HttpContext context)
    {
        var budget = context.RequestServices.GetRequiredService<DatabaseWriteSettings>().BusyTimeout;
        return Math.Max(5, (int)Math.Ceiling(budget.TotalSeconds));
    }

    /// <summary>Sets 429 and Retry-After on the response and flags the page for the "too many" banner.</summary>
    public static void ApplyRateLimited(HttpContext context, RateLimitExceededException refused, Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary? viewData = null)
    {
        var seconds = RetryAfterSeconds(refused);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (viewData is not null)
        {
            viewData[RateLimitedViewDataKey] = seconds;
        }
    }

    /// <summary>Whole seconds, at least one: a client told "0" would try again at once.</summary>
    public static int RetryAfterSeconds(RateLimitExceededException refused) => Math.Max(1, (int)Math.Ceiling(refused.RetryAfter.TotalSeconds));
}
