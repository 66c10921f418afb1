using FluentValidation;
using ICP.Domain.Common;
using ICP.Web.Configuration;
using ICP.Web.Features.Translations;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Areas.Admin.Controllers;

/// <summary>The programme's texts in each language besides English, edited by programme managers.</summary>
[Route("admin/translations")]
[Authorize(Policy = Policies.ProgrammeManager)]
public sealed class TranslationsController(TranslationQueries queries, TranslationWorkflow workflow, IStringLocalizer<SharedResource> t) : AdminController
{
    [HttpGet("")]
    public IActionResult Index() => RedirectToAction(nameof(Language), new { language = TranslationQueries.TranslatedLanguages[0].Code });

    [HttpGet("{language}")]
    public async Task<IActionResult> Language([FromRoute] string language, CancellationToken cancellationToken) =>
        await queries.PageAsync(language, cancellationToken) is { } page ? View("Index", page) : NotFound();

    [HttpPost("{language}")]
    public async Task<IActionResult> Language(
        [FromRoute] string language, TranslationsForm form, [FromServices] IValidator<TranslationsForm> validator, CancellationToken cancellationToken)
    {
        form.Language = language;
        if (await queries.PageAsync(language, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        var typed = form.Fields.ToDictionary(f => (f.Kind, f.EntityId, f.Field), f => f.Text);
        if (!ModelState.IsValid || !await validator.ValidateIntoAsync(form, ModelState, cancellationToken))
        {
            return View("Index", page with { Typed = typed });
        }

        TranslationSaveResult result;
        try
        {
            result = await workflow.SaveAsync(form, await WhoAsync(cancellationToken), cancellationToken);
        }
        catch (InvalidProgrammeDataException)
        {
            // An id that is not one of this call's texts: nothing to edit there.
            return NotFound();
        }

        if (result.Conflicts.Count > 0)
        {
            // The others were saved; the refused ones keep what this editor typed, beside the stored text.
            ModelState.AddModelError(string.Empty, t["Someone else changed this at the same moment. Look at the page again and repeat your change if it still applies."]);
            var fresh = await queries.PageAsync(language, cancellationToken) ?? page;
            return View("Index", fresh with { Conflicts = result.Conflicts, Typed = typed });
        }

        TempData["Notice"] = result.Changed == 0 ? t["Nothing was changed."].Value : t.Plural(result.Changed, "{0} text was saved.", "{0} texts were saved.").Value;
        return RedirectToAction(nameof(Language), new { language });
    }
}
