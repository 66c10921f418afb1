using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace ICP.Web.Mvc;

/// <summary>
/// A field left empty binds as "" to a <c>string</c> property, and as null only to a <c>string?</c>
/// one. MVC turns every empty value into null by default, which put nulls into properties the
/// compiler promises are never null (an optional answer left empty then failed far from the form:
/// issue 9, finding 2).
/// </summary>
public sealed class NonNullableStringBinding : IDisplayMetadataProvider
{
    private readonly NullabilityInfoContext _nullability = new();

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key is { MetadataKind: ModelMetadataKind.Property, PropertyInfo: { } property }
            && property.PropertyType == typeof(string)
            && IsNeverNull(property))
        {
            context.DisplayMetadata.ConvertEmptyStringToNull = false;
        }
    }

    private bool IsNeverNull(PropertyInfo property)
    {
        // NullabilityInfoContext is not thread-safe; metadata is created once per property and cached.
        lock (_nullability)
        {
            return _nullability.Create(property).WriteState == NullabilityState.NotNull;
        }
    }
}
