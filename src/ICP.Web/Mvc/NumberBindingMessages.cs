using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Mvc;

/// <summary>
/// What the model binder says when a number field holds something that is not a number ("abc" as a
/// score): that a (whole) number is expected, in the reader's language. The portal-wide messages
/// ("not valid here") cannot say so, as they are not told the field's type.
/// </summary>
public sealed class NumberBindingMessages(IStringLocalizer localizer) : IBindingMetadataProvider
{
    private static readonly HashSet<Type> WholeNumbers = [typeof(int), typeof(long), typeof(short), typeof(byte), typeof(uint), typeof(ulong), typeof(ushort), typeof(sbyte)];

    private static readonly HashSet<Type> Numbers = [typeof(decimal), typeof(double), typeof(float)];

    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Key.ModelType) ?? context.Key.ModelType;
        var whole = WholeNumbers.Contains(type);
        if ((!whole && !Numbers.Contains(type)) || context.BindingMetadata.ModelBindingMessageProvider is not DefaultModelBindingMessageProvider messages)
        {
            return;
        }

        // MVC gives each model type and property its own copy of the messages, so this changes numbers only.
        string NotANumber(string? value) => whole
            ? localizer["A whole number is expected here, not “{0}”.", value ?? string.Empty]
            : localizer["A number is expected here, not “{0}”.", value ?? string.Empty];
        string Expected() => whole ? localizer["A whole number is expected here."] : localizer["A number is expected here."];

        messages.SetAttemptedValueIsInvalidAccessor((value, _) => NotANumber(value));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(NotANumber);
        messages.SetValueIsInvalidAccessor(NotANumber);
        messages.SetUnknownValueIsInvalidAccessor(_ => Expected());
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(Expected);
        messages.SetValueMustBeANumberAccessor(_ => Expected());
        messages.SetNonPropertyValueMustBeANumberAccessor(Expected);
    }
}
