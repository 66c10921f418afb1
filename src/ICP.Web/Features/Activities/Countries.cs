using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using ICP.Web.Configuration;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ICP.Web.Features.Activities;

/// <summary>
/// The countries and territories a participant can name (ISO 3166-1 alpha-2), with their names in
/// the page's language. Anyone may join the open online event, so the list is not limited to the
/// programme's partner countries. The names come from CountryNames.json, written from CLDR by
/// tools/country-names.sh: .NET's <see cref="RegionInfo.DisplayName"/> names a region in the
/// operating system's language, not the request's, so it cannot serve a French page beside an
/// English one (ADR 22).
/// </summary>
public static class Countries
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Names = Load();

    private static readonly FrozenDictionary<string, string> English = Names["en"];

    public static bool IsKnown(string? code) => code is not null && English.ContainsKey(code);

    /// <summary>The name in <paramref name="culture"/>'s language (English for a language the table lacks); an unknown code as it is.</summary>
    public static string NameOf(string code, CultureInfo culture) =>
        NamesIn(culture).TryGetValue(code, out var name) ? name : English.GetValueOrDefault(code, code);

    /// <summary>The choices, sorted by name as the current UI language sorts.</summary>
    public static IReadOnlyList<SelectListItem> Options(string? selected)
    {
        var culture = CultureInfo.CurrentUICulture;
        var compare = StringComparer.Create(culture, CompareOptions.IgnoreCase);
        return [.. English.Keys.Select(code => (Code: code, Name: NameOf(code, culture))).OrderBy(c => c.Name, compare)
            .Select(c => new SelectListItem(c.Name, c.Code, c.Code == selected))];
    }

    /// <summary>The languages the table names countries in (each of the portal's languages, tested).</summary>
    internal static IReadOnlyCollection<string> Languages => Names.Keys;

    private static FrozenDictionary<string, string> NamesIn(CultureInfo culture) =>
        Names.GetValueOrDefault(LocalisationSetup.For(culture.Name).Code) ?? English;

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream("ICP.Web.Features.Activities.CountryNames.json")
            ?? throw new InvalidOperationException("CountryNames.json is not embedded in the portal's assembly.");
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("names").EnumerateObject().ToFrozenDictionary(
            language => language.Name,
            language => language.Value.EnumerateObject().ToFrozenDictionary(c => c.Name, c => c.Value.GetString()!, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }
}
