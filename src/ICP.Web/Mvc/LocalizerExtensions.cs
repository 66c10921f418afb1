using Microsoft.Extensions.Localization;

namespace ICP.Web.Mvc;

public static class LocalizerExtensions
{
    /// <summary>
    /// Picks the singular or plural text for <paramref name="count"/> ("1 city", "4 cities"). Both
    /// English texts are keys of their own, so each language words them as it needs.
    /// </summary>
    public static LocalizedString Plural(this IStringLocalizer localizer, int count, string one, string many) =>
        localizer[count == 1 ? one : many, count];

    /// <summary>As <see cref="Plural(IStringLocalizer, int, string, string)"/>, with more values after the count ({1}, {2} …).</summary>
    public static LocalizedString Plural(this IStringLocalizer localizer, int count, string one, string many, params object[] more) =>
        localizer[count == 1 ? one : many, [count, .. more]];
}
