using ICP.Infrastructure.Persistence.Writes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ICP.Web.Mvc;

/// <summary>
/// Any action whose write the database did not take (busy or unavailable) that did not answer it
/// itself: 503 with Retry-After, as JSON for a script, else the busy page ("nothing was saved; your
/// browser still has what you typed: go back and send it again"). Never the 500 page: it is not a
/// defect, and it is logged as a warning by the write policy. Likewise a request over a rate limit
/// (<see cref="RateLimitExceededException"/>): 429 with Retry-After.
/// </summary>
public sealed partial class DatabaseBusyFilter(ILogger<DatabaseBusyFilter> logger) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is RateLimitExceededException refused)
        {
            AnswerRateLimited(context, refused);
            return;
        }

        if (!DatabaseFailure.IsTemporary(context.Exception))
        {
            return;
        }

        LogBusy(logger, context.HttpContext.Request.Method, context.HttpContext.Request.Path.Value ?? string.Empty, context.Exception.Message);
        DatabaseBusyAnswer.Apply(context.HttpContext);
        var retryAfter = DatabaseBusyAnswer.RetryAfterSeconds(context.HttpContext);
        Answer(context, StatusCodes.Status503ServiceUnavailable, new { saved = false, busy = true, retryAfter });
    }

    /// <summary>Over a rate limit, in an action with no form to show again: 429 with Retry-After, as JSON for a script, else the status page.</summary>
    private static void AnswerRateLimited(ExceptionContext context, RateLimitExceededException refused)
    {
        DatabaseBusyAnswer.ApplyRateLimited(context.HttpContext, refused);
        var retryAfter = DatabaseBusyAnswer.RetryAfterSeconds(refused);
        Answer(context, StatusCodes.Status429TooManyRequests, new { saved = false, limited = true, retryAfter });
    }

    /// <summary>The answer with <paramref name="status"/>: <paramref name="json"/> for a script, else the status page.</summary>
    private static void Answer(ExceptionContext context, int status, object json)
    {
        if (WantsJson(context.HttpContext))
        {
            context.Result = new JsonResult(json) { StatusCode = status };
        }
        else
        {
            var metadata = context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>();
            context.Result = new ViewResult
            {
                ViewName = "~/Views/Site/Error.cshtml",
                StatusCode = status,
                ViewData = new ViewDataDictionary<Controllers.ErrorPage>(metadata, context.ModelState)
                {
                    Model = new Controllers.ErrorPage(status, context.HttpContext.TraceIdentifier),
                },
            };
        }

        context.ExceptionHandled = true;
    }

    private static bool WantsJson(HttpContext context) =>
        context.Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: the database did not take the write ({Reason})")]
    private static partial void LogBusy(ILogger logger, string method, string path, string reason);
}
