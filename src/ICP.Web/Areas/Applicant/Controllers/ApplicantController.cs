using ICP.Domain.Common;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Applications;
using ICP.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ICP.Web.Areas.Applicant.Controllers;

/// <summary>
/// The base of every page in the applicant area (/applicant): signed-in officers only; an
/// application that is not theirs answers 404; a change after the deadline answers with a page
/// that states the deadline.
/// </summary>
[Area("Applicant")]
[Authorize(Policy = Policies.Applicant)]
[ApplicantExceptions]
public abstract class ApplicantController : Controller
{
    protected DateTimeOffset ArrivedAt => HttpContext.ArrivedAt();

    protected Task<ApplicantContext> WhoAsync(CancellationToken cancellationToken) =>
        ApplicantContext.LoadAsync(
            HttpContext.RequestServices.GetRequiredService<IcpDbContext>(),
            HttpContext.RequestServices.GetRequiredService<UserManager<PortalUser>>(),
            User,
            cancellationToken);

    protected void AddErrors(IEnumerable<(string Field, string Message)> errors)
    {
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
    }
}

/// <summary>Turns the area's expected refusals into pages: 404 for another authority's data, 403 with the deadline after it.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ApplicantExceptionsAttribute : Attribute, IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        switch (context.Exception)
        {
            case ApplicationNotFoundException or NotFoundException:
                context.Result = new NotFoundResult();
                context.ExceptionHandled = true;
                break;
            case CallClosedException closed:
                var page = new DeadlinePassedPage(closed.Window.OpensAt, closed.Window.Deadline, closed.ArrivedAt);
                if (IsScriptRequest(context.HttpContext.Request))
                {
                    context.Result = new JsonResult(new { error = "deadline-passed", deadline = DisplayFormats.Iso(page.LastOnTimeSecond) })
                    {
                        StatusCode = StatusCodes.Status403Forbidden,
                    };
                }
                else
                {
                    var metadata = context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>();
                    context.Result = new ViewResult
                    {
                        ViewName = "DeadlinePassed",
                        StatusCode = StatusCodes.Status403Forbidden,
                        ViewData = new ViewDataDictionary<DeadlinePassedPage>(metadata, context.ModelState) { Model = page },
                    };
                }

                context.ExceptionHandled = true;
                break;
        }
    }

    public static bool IsScriptRequest(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);
}

/// <summary>A change refused by the deadline guard: when the window was, and when the request arrived.</summary>
public sealed record DeadlinePassedPage(DateTimeOffset OpensAt, DateTimeOffset Deadline, DateTimeOffset ArrivedAt)
{
    public DateTimeOffset LastOnTimeSecond => ICP.Domain.Programme.Call.LastOnTimeSecondBefore(Deadline);

    public bool NotYetOpen => ArrivedAt < OpensAt;
}
