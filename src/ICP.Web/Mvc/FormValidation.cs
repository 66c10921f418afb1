using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ICP.Web.Mvc;

/// <summary>Running FluentValidation explicitly (async rules included) and reporting into ModelState.</summary>
public static class FormValidation
{
    /// <summary>The rule set that says what a step needs before the application can be submitted.</summary>
    public const string Complete = "Complete";

    /// <summary>
    /// Validates <paramref name="form"/> (its rules outside any rule set) and copies the errors into
    /// ModelState, under <paramref name="prefix"/> when the form is a part of the page's model.
    /// </summary>
    public static async Task<bool> ValidateIntoAsync<T>(
        this IValidator<T> validator, T form, ModelStateDictionary modelState, CancellationToken cancellationToken, string? prefix = null)
    {
        var result = await validator.ValidateAsync(form, cancellationToken);
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}", error.ErrorMessage);
        }

        return result.IsValid;
    }

    /// <summary>What the rules say about one field, for hints in the page (length, required).</summary>
    public static FieldRules RulesFor(IValidator validator, string propertyName)
    {
        var descriptor = validator.CreateDescriptor();
        int? maxLength = null;
        var required = false;
        var requiredToSubmit = false;
        foreach (var rule in descriptor.GetRulesForMember(propertyName))
        {
            var inCompleteSet = rule.RuleSets?.Contains(Complete, StringComparer.Ordinal) == true;
            foreach (var component in rule.Components)
            {
                switch (component.Validator)
                {
                    case ILengthValidator { Max: > 0 } length:
                        maxLength = maxLength is null ? length.Max : Math.Min(maxLength.Value, length.Max);
                        break;
                    // A box that must be ticked (Equal(true)) and a repeat that must match another field
                    // (Equal(f => f.Password)) cannot be left empty either.
                    case INotEmptyValidator or INotNullValidator:
                    case IComparisonValidator { Comparison: Comparison.Equal } equal when equal.ValueToCompare is true || equal.MemberToCompare is not null:
                        if (inCompleteSet)
                        {
                            requiredToSubmit = true;
                        }
                        else
                        {
                            required = true;
                        }

                        break;
                }
            }
        }

        return new FieldRules(maxLength, required, requiredToSubmit);
    }
}
