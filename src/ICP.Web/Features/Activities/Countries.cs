using System.Collections.Frozen;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ICP.Web.Features.Activities;

/// <summary>
/// The countries and territories a participant can name (ISO 3166-1 alpha-2, as the runtime's ICU
/// data knows them), with their names in the page's language. Anyone may join the open online
/// event, so the list is not limited to the programme's partner countries.
/// </summary>
public static class Countries
{
    private static readonly FrozenDictionary<string, RegionInfo> Regions = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name); } catch (ArgumentException) { return null; } })
        .Where(r => r is not null && r.TwoLetterISORegionName.Length == 2 && r.TwoLetterISORegionName.All(char.IsAsciiLetterUpper))
        .DistinctBy(r => r!.TwoLetterISORegionName)
        .ToFrozenDictionary(r => r!.TwoLetterISORegionName, r => r!, StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && Regions.ContainsKey(code);

    public static string NameOf(string code) => Regions.TryGetValue(code, out var region) ? region.DisplayName : code;

    /// <summary>The choices, sorted by name in the current language.</summary>
    public static IReadOnlyList<SelectListItem> Options(string? selected)
    {
        var compare = StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreCase);
        return [.. Regions.Keys.Select(code => (Code: code, Name: NameOf(code))).OrderBy(c => c.Name, compare)
            .Select(c => new SelectListItem(c.Name, c.Code, c.Code == selected))];
    }
}
