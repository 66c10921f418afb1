using FluentValidation;
using ICP.Domain.Common;
using ICP.Web.Configuration;
using ICP.Web.Features.Activities;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>The cooperation phase's activities: create and edit them, and manage their registrations.</summary>
[Route("admin/activities")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class ActivitiesController(ActivityQueries queries, ActivityWorkflow workflow, IValidator<ActivityForm> validator, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.StaffListAsync(cancellationToken));

    [HttpGet("new/{kind}")]
    public async Task<IActionResult> New([FromRoute] string kind, CancellationToken cancellationToken) =>
        ActivityKinds.FromSlug(kind) is { } known ? View("Edit", await queries.NewPageAsync(known, null, cancellationToken)) : NotFound();

    [HttpPost("new/{kind}")]
    public async Task<IActionResult> Create([FromRoute] string kind, ActivityForm form, CancellationToken cancellationToken)
    {
        if (ActivityKinds.FromSlug(kind) is not { } known)
        {
            return NotFound();
        }

        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, prefix: nameof(StaffActivityPage.Form)))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Edit", await queries.NewPageAsync(known, form, cancellationToken));
        }

        try
        {
            var id = await workflow.CreateAsync(known, form, await WhoAsync(cancellationToken), cancellationToken);
            TempData["Notice"] = t["The activity was created."].Value;
            return Redirect($"/admin/activities/{id}");
        }
        catch (DomainException problem)
        {
            ModelState.AddModelError(string.Empty, DomainMessages.For(problem, t));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Edit", await queries.NewPageAsync(known, form, cancellationToken));
        }
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit([FromRoute] int id, CancellationToken cancellationToken) =>
        await queries.StaffPageAsync(id, null, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Save([FromRoute] int id, ActivityForm form, CancellationToken cancellationToken)
    {
        if (await queries.StaffPageAsync(id, form, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        if (!await validator.ValidateIntoAsync(form, ModelState, cancellationToken, prefix: nameof(StaffActivityPage.Form)))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Edit", page);
        }

        try
        {
            var told = await workflow.ReviseAsync(id, form, await WhoAsync(cancellationToken), cancellationToken);
            TempData["Notice"] = told is > 0
                ? t["The activity was saved. People taking part told of the change by e-mail, with the updated calendar file: {0}.", told.Value].Value
                : t["The activity was saved."].Value;
            return Redirect($"/admin/activities/{id}");
        }
        catch (DomainException problem)
        {
            // Nothing was saved: the form comes back as typed, with the reason (a colleague's edit, a rule).
            ModelState.AddModelError(string.Empty, DomainMessages.For(problem, t));
            Response.StatusCode = problem is EditConflictException ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
            return View("Edit", page);
        }
    }

    [HttpGet("{id:int}/registrations.csv")]
    public async Task<IActionResult> ExportCsv([FromRoute] int id, [FromServices] PortalRateLimits limits, CancellationToken cancellationToken)
    {
        await limits.EnsureAsync(HttpContext, RateLimitSetup.ExportPolicy, cancellationToken);
        return await queries.RegistrationsTableAsync(id, t, cancellationToken) is { } table
            ? File(Exports.Csv(table), "text/csv; charset=utf-8", $"activity-{id}-registrations.csv")
            : NotFound();
    }

    [HttpGet("{id:int}/registrations.xlsx")]
    public async Task<IActionResult> ExportXlsx([FromRoute] int id, [FromServices] PortalRateLimits limits, CancellationToken cancellationToken)
    {
        await limits.EnsureAsync(HttpContext, RateLimitSetup.ExportPolicy, cancellationToken);
        return await queries.RegistrationsTableAsync(id, t, cancellationToken) is { } table
            ? File(Exports.Xlsx(table, t["Registrations"]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"activity-{id}-registrations.xlsx")
            : NotFound();
    }

    [HttpPost("{id:int}/registrations/{registrationId:int}/cancel")]
    public async Task<IActionResult> CancelRegistration([FromRoute] int id, [FromRoute] int registrationId, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        var found = true;
        var result = await ChangeAsync(async () => found = await workflow.CancelRegistrationAsync(id, registrationId, who, cancellationToken),
            t["The registration was cancelled and the person told; a place it held went to the first on the waiting list."], () => Back(id));
        return found ? result : NotFound();
    }

    [HttpPost("{id:int}/registrations/{registrationId:int}/promote")]
    public async Task<IActionResult> Promote([FromRoute] int id, [FromRoute] int registrationId, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        var found = true;
        var result = await ChangeAsync(async () => found = await workflow.PromoteAsync(id, registrationId, who, cancellationToken),
            t["The person was given a place and told."], () => Back(id));
        return found ? result : NotFound();
    }

    [HttpPost("{id:int}/message")]
    public async Task<IActionResult> Message([FromRoute] int id, string? subject, string? body, [FromServices] PortalRateLimits limits, CancellationToken cancellationToken)
    {
        var (s, b) = ((subject ?? string.Empty).Trim(), (body ?? string.Empty).Trim());
        if (s.Length is 0 or > ActivityWorkflow.SubjectLength || b.Length is 0 or > ActivityWorkflow.MessageLength)
        {
            TempData["Problem"] = t["Write a subject of at most {0} characters and a message of at most {1}.", ActivityWorkflow.SubjectLength, ActivityWorkflow.MessageLength].Value;
            return Back(id);
        }

        await limits.EnsureAsync(HttpContext, RateLimitSetup.EmailPolicy, cancellationToken);
        if (await workflow.MessageAsync(id, s, b, await WhoAsync(cancellationToken), cancellationToken) is not { } count)
        {
            return NotFound();
        }

        TempData["Notice"] = t["The message was written to {0} registered people; they receive it shortly.", count].Value;
        return Back(id);
    }

    private RedirectResult Back(int id) => Redirect($"/admin/activities/{id}");
}
