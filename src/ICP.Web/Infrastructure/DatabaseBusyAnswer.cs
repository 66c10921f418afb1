using ICP.Infrastructure.Persistence.Writes;

namespace ICP.Web.Infrastructure;

/// <summary>
/// How the portal answers when the database did not take a write (busy beyond the busy budget, or
/// unavailable): 503 with Retry-After, the page the person was on with what they typed and a
/// banner saying nothing was saved and to try again. One place for the status, the header and the flag.
/// </summary>
public static class DatabaseBusyAnswer
{
    /// <summary>The ViewData key the layout looks for to show the "not saved, try again" banner.</summary>
    public const string ViewDataKey = "DatabaseBusy";

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
}
