using ICP.Domain.Cooperation;
using ICP.Infrastructure.Files;
using ICP.Web.Configuration;
using ICP.Web.Features.Cooperation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>The outputs the participating cities hand in: review them, publish them on /partnerships or keep them off it.</summary>
[Route("admin/outputs")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class OutputsController(OutputQueries queries, OutputWorkflow workflow, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.StaffListAsync(cancellationToken));

    [HttpGet("{id:int}/file")]
    public async Task<IActionResult> Download([FromRoute] int id, [FromServices] IFileStore files, CancellationToken cancellationToken)
    {
        var file = await queries.StaffFileAsync(id, cancellationToken);
        return Attachment(files, file.StorageKey, file.FileName);
    }

    [HttpPost("{id:int}/publish")]
    public async Task<IActionResult> Publish([FromRoute] int id, Guid token, CancellationToken cancellationToken)
    {
        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.PublishAsync(id, token, who, cancellationToken), t["The output is published on the public partnerships page."], Back);
    }

    [HttpPost("{id:int}/keep-unpublished")]
    public async Task<IActionResult> KeepUnpublished([FromRoute] int id, string? note, Guid token, CancellationToken cancellationToken)
    {
        var why = (note ?? string.Empty).Trim();
        if (why.Length == 0 || why.Length > CityOutput.NoteLength)
        {
            TempData["Problem"] = t["Write a note to the city of at most {0} characters.", CityOutput.NoteLength].Value;
            return Back();
        }

        var who = await WhoAsync(cancellationToken);
        return await ChangeAsync(() => workflow.KeepUnpublishedAsync(id, why, token, who, cancellationToken), t["The output is kept off the public page; the city sees your note."], Back);
    }

    private RedirectResult Back() => Redirect("/admin/outputs");
}
