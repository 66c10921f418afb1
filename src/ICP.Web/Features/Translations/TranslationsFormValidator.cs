using FluentValidation;
using ICP.Domain.Programme;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Translations;

public sealed class TranslationsFormValidator : AbstractValidator<TranslationsForm>
{
    public TranslationsFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Language)
            .Must(TranslationQueries.IsTranslatedLanguage)
            .WithMessage(_ => t["This value is not valid here."]);
        RuleForEach(f => f.Fields).ChildRules(field =>
        {
            field.RuleFor(x => x.Text).MaximumLength(ContentTranslation.MaxTextLength)
                .WithMessage(_ => t["Use at most {0} characters.", ContentTranslation.MaxTextLength]);
            field.RuleFor(x => x).Must(x => TranslatableContent.IsTranslatable(x.Kind, x.Field))
                .WithMessage(_ => t["This value is not valid here."]);
        });
    }
}
