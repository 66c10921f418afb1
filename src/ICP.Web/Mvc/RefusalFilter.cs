using ICP.Domain.Common;
using ICP.Web.Areas.Applicant.Controllers;
using ICP.Web.Features.Applications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Mvc;

/// <summary>
/// A refusal that the action did not answer itself (actions with a form to show again answer
/// theirs with <see cref="DomainMessages.AddRefusal"/>): an object the person may not see is not
/// there (404); a change outside the application window gets the page that states the window (403);
/// any other broken rule is 422 with its message from <see cref="DomainMessages"/>, never the 500 page.
/// </summary>
public sealed class RefusalFilter(IStringLocalizer<SharedResource> localizer) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        switch (context.Exception)
        {
            // Unknown, another city's, not assigned, or conflicted: simply not there.
            case ApplicationNotFoundException or NotFoundException or ConflictOfInterestException:
                context.Result = new NotFoundResult();
                break;
            case CallClosedException closed:
                var page = new DeadlinePassedPage(closed.Window.OpensAt, closed.Window.Deadline, closed.ArrivedAt);
                context.Result = WantsJson(context.HttpContext.Request)
                    ? new JsonResult(new { error = "deadline-passed", deadline = DisplayFormats.Iso(page.LastOnTimeSecond) }) { StatusCode = StatusCodes.Status403Forbidden }
                    : View(context, "~/Areas/Applicant/Views/Shared/DeadlinePassed.cshtml", page, StatusCodes.Status403Forbidden);
                break;
            case DomainException refused:
                context.Result = WantsJson(context.HttpContext.Request)
                    ? new JsonResult(new { error = refused.Code, message = DomainMessages.For(refused, localizer) }) { StatusCode = StatusCodes.Status422UnprocessableEntity }
                    : View(context, "~/Views/Site/Error.cshtml",
                        new Controllers.ErrorPage(StatusCodes.Status422UnprocessableEntity, context.HttpContext.TraceIdentifier, DomainMessages.For(refused, localizer)),
                        StatusCodes.Status422UnprocessableEntity);
                break;
            default:
                return;
        }

        context.ExceptionHandled = true;
    }

    private static ViewResult View<TModel>(ExceptionContext context, string viewName, TModel model, int statusCode) => new()
    {
        ViewName = viewName,
        StatusCode = statusCode,
        ViewData = new ViewDataDictionary<TModel>(context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>(), context.ModelState) { Model = model },
    };

    private static bool WantsJson(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);
}
