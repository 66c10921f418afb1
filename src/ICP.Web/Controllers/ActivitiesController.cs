using System.Globalization;
using System.Text;
using FluentValidation;
using ICP.Domain.Activities;
using ICP.Web.Configuration;
using ICP.Web.Features.Activities;
using ICP.Web.Features.Email;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Controllers;

/// <summary>
/// The public activities (study visits, online sessions, the closing conference), their calendar
/// files, and the registration journey: form → e-mail with a confirmation link → confirmation
/// (joining details and .ics) or waiting list → cancel link. The lists, pages and calendars are
/// output-cached; the forms are not (they carry antiforgery tokens).
/// </summary>
public sealed class ActivitiesController(ActivityQueries queries, IStringLocalizer<SharedResource> t) : Controller
{
    [HttpGet("/activities")]
    [OutputCache(PolicyName = OutputCacheSetup.PublicPagePolicy)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var page = await queries.PublicListAsync(cancellationToken);
        PublicPageCache.KeepUntil(HttpContext, page.ChangesAt);
        return View(page);
    }

    [HttpGet("/activities/{id:int}")]
    [OutputCache(PolicyName = OutputCacheSetup.PublicPagePolicy)]
    public async Task<IActionResult> Detail([FromRoute] int id, CancellationToken cancellationToken)
    {
        if (await queries.PublicPageAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        PublicPageCache.KeepUntil(HttpContext, page.ChangesAt);
        return View(page);
    }

    /// <summary>
    /// A public output's file (slides, a report); one staff have not made public, or of an activity
    /// that is not public, answers 404 to everyone (staff read it on the activity's staff page). Not
    /// cached: taking an output off the public page takes its file off at once.
    /// </summary>
    [HttpGet("/activities/{id:int}/outputs/{outputId:int}")]
    public async Task<IActionResult> Output(
        [FromRoute] int id, [FromRoute] int outputId, [FromServices] ActivityOutputQueries outputs, [FromServices] ICP.Infrastructure.Files.IFileStore files, CancellationToken cancellationToken)
    {
        var file = await outputs.PublicFileAsync(id, outputId, cancellationToken);

        // Always an attachment, never rendered in the portal's origin.
        return File(files.OpenRead(file.StorageKey), "application/pdf", file.FileName);
    }

    /// <summary>"Add to calendar": the activity as an iCalendar file.</summary>
    [HttpGet("/activities/{id:int}/calendar.ics")]
    [OutputCache(PolicyName = OutputCacheSetup.PublicPagePolicy)]
    public async Task<IActionResult> Calendar([FromRoute] int id, [FromServices] EmailComposer links, CancellationToken cancellationToken) =>
        await queries.ActivityCalendarAsync(id, links.AbsoluteUrl, cancellationToken) is { } ics
            ? File(Encoding.UTF8.GetBytes(ics), ActivityCalendar.ContentType, $"activity-{id}.ics")
            : NotFound();

    /// <summary>The public feed of the programme: planned phases and public activities, for a calendar subscription.</summary>
    [HttpGet("/calendar.ics")]
    [OutputCache(PolicyName = OutputCacheSetup.PublicPagePolicy)]
    public async Task<IActionResult> Feed([FromServices] EmailComposer links, CancellationToken cancellationToken) =>
        File(Encoding.UTF8.GetBytes(await queries.PublicFeedAsync(t["International City Partnerships"], links.AbsoluteUrl, cancellationToken)),
            ActivityCalendar.ContentType, "icp-calendar.ics");

    [HttpGet("/activities/{id:int}/register")]
    public async Task<IActionResult> Register([FromRoute] int id, CancellationToken cancellationToken) =>
        await queries.RegistrationPageAsync(id, new RegistrationForm(), cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("/activities/{id:int}/register")]
    public async Task<IActionResult> Register(
        [FromRoute] int id, RegistrationForm form, [FromServices] IValidator<RegistrationForm> validator, [FromServices] RegistrationWorkflow workflow,
        [FromServices] PortalRateLimits limits, CancellationToken cancellationToken)
    {
        if (await queries.RegistrationPageAsync(id, form, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        try
        {
            await limits.EnsureAsync(HttpContext, RateLimitSetup.RegistrationPolicy, cancellationToken);
            if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, prefix: nameof(RegistrationPage.Form)))
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View(page);
            }

            var culture = LocalisationSetup.For(CultureInfo.CurrentUICulture.Name).Code;
            return await workflow.RegisterAsync(id, form, culture, HttpContext.ArrivedAt(), cancellationToken)
                ? RedirectToAction(nameof(Sent), new { id })
                : NotFound();
        }
        catch (RegistrationClosedException)
        {
            ModelState.AddModelError(string.Empty, t["Registration closed when the activity started."]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(page with { Open = false });
        }
        catch (RateLimitExceededException refused)
        {
            DatabaseBusyAnswer.ApplyRateLimited(HttpContext, refused, ViewData);
            return View(page);
        }
    }

    /// <summary>The same answer whether or not the address was already registered (no enumeration).</summary>
    [HttpGet("/activities/{id:int}/register/sent")]
    public async Task<IActionResult> Sent([FromRoute] int id, CancellationToken cancellationToken) =>
        await queries.RegistrationPageAsync(id, new RegistrationForm(), cancellationToken) is { } page ? View(page) : NotFound();

    [HttpGet("/activities/confirm")]
    public async Task<IActionResult> Confirm(string? token, CancellationToken cancellationToken) =>
        LinkPage(await queries.LinkPageAsync(token, cancel: false, cancellationToken));

    [HttpPost("/activities/confirm")]
    public async Task<IActionResult> Confirm(string? token, [FromServices] RegistrationWorkflow workflow, [FromServices] PortalRateLimits limits, CancellationToken cancellationToken) =>
        await FollowAsync(token, cancel: false, () => workflow.ConfirmAsync(token!, HttpContext.ArrivedAt(), cancellationToken), limits, cancellationToken);

    [HttpGet("/activities/cancel")]
    public async Task<IActionResult> Cancel(string? token, CancellationToken cancellationToken) =>
        LinkPage(await queries.LinkPageAsync(token, cancel: true, cancellationToken));

    [HttpPost("/activities/cancel")]
    public async Task<IActionResult> Cancel(string? token, [FromServices] RegistrationWorkflow workflow, [FromServices] PortalRateLimits limits, CancellationToken cancellationToken) =>
        await FollowAsync(token, cancel: true, () => workflow.CancelAsync(token!, HttpContext.ArrivedAt(), cancellationToken), limits, cancellationToken);

    private ViewResult LinkPage(RegistrationLinkPage? page)
    {
        if (page is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return View("Link", page);
    }

    private async Task<IActionResult> FollowAsync(string? token, bool cancel, Func<Task<RegistrationOutcome>> follow, PortalRateLimits limits, CancellationToken cancellationToken)
    {
        await limits.EnsureAsync(HttpContext, RateLimitSetup.RegistrationPolicy, cancellationToken);
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return View("Followed", RegistrationOutcome.LinkNotValid);
        }

        try
        {
            var outcome = await follow();
            if (outcome == RegistrationOutcome.LinkNotValid)
            {
                Response.StatusCode = StatusCodes.Status404NotFound;
            }

            return View("Followed", outcome);
        }
        catch (RegistrationClosedException)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            ViewData["Cancel"] = cancel;
            return View("Closed");
        }
        catch (RegistrationNotActiveException)
        {
            return View("Followed", RegistrationOutcome.Cancelled);
        }
    }
}
