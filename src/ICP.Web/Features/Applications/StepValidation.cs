using FluentValidation;
using FluentValidation.Internal;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Calls;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Applications;

/// <summary>
/// Runs a step's validator twice: its default rules (limits and formats, which a draft must respect)
/// and its <see cref="FormValidation.Complete"/> rules (what submission needs). One place, used when
/// saving, when showing a step and when submitting.
/// </summary>
public sealed class StepValidation(IcpDbContext db, IServiceProvider services, CurrentCall currentCall)
{

    public async Task<StepCheck> CheckAsync(StepForm form, int authorityId, string countryCode, CancellationToken cancellationToken)
    {
        // What the portal, not the form, knows.
        switch (form)
        {
            case LocalAuthorityStepForm authority:
                authority.AuthorityId = authorityId;
                authority.CountryCode = countryCode;
                break;
            case ThemesStepForm themes:
                var calls = currentCall.Query(CallAudience.Public);
                themes.AvailableThemes = await db.Themes
                    .Where(t => calls.Any(c => c.Id == t.CallId))
                    .Select(t => t.Slug)
                    .ToListAsync(cancellationToken);
                break;
        }

        var validator = (IValidator)services.GetRequiredService(typeof(IValidator<>).MakeGenericType(form.GetType()));
        var draft = await validator.ValidateAsync(new ValidationContext<object>(form), cancellationToken);
        var complete = await validator.ValidateAsync(
            new ValidationContext<object>(form, new PropertyChain(), new RulesetValidatorSelector([FormValidation.Complete])),
            cancellationToken);
        return new StepCheck(
            [.. draft.Errors.Select(e => (e.PropertyName, e.ErrorMessage))],
            [.. complete.Errors.Select(e => (e.PropertyName, e.ErrorMessage))]);
    }
}
