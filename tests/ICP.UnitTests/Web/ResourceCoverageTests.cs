using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace ICP.UnitTests.Web;

/// <summary>
/// Every interface language is complete: every English text the source hands to a localiser, and
/// every key any resource file holds, has a translation in each language the portal offers, with the
/// placeholders of the English text. (The integration tests also render every page type in each
/// language and record any string the resources lacked.)
/// </summary>
public sealed partial class ResourceCoverageTests
{
    /// <summary>Every language the portal offers besides English, the language of the keys.</summary>
    public static TheoryData<string> TranslatedLanguages() => new(OtherLanguages());

    private static IEnumerable<string> OtherLanguages() =>
        ICP.Web.Configuration.LocalisationSetup.Languages.Select(l => l.Code).Where(code => code != "en");

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void EveryLocalisedLiteral_HasATranslation(string culture)
    {
        var root = RepositoryRoot();
        var web = Path.Combine(root, "src", "ICP.Web");
        var translated = Translations(culture);

        var used = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => (Path.GetFileName(f) == "Labels.cs" ? LabelLiterals(File.ReadAllText(f)) : LocalisedLiterals(File.ReadAllText(f)))
                .Select(key => (File: Path.GetRelativePath(web, f), Key: key)))
            .ToList();

        Assert.NotEmpty(used);
        var missing = used.Where(u => string.IsNullOrWhiteSpace(translated.GetValueOrDefault(u.Key))).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void EveryResourceKey_IsTranslated(string culture)
    {
        // The French file is the reference key set: it has been kept complete since the first
        // string (the source scan above checks it too), so a key it holds is a key in use.
        var translated = Translations(culture);
        var everyKey = Translations("fr").Keys.ToHashSet(StringComparer.Ordinal);

        var missing = everyKey.Where(key => string.IsNullOrWhiteSpace(translated.GetValueOrDefault(key))).Order(StringComparer.Ordinal).ToList();

        Assert.True(everyKey.Count > 100, $"Only {everyKey.Count} keys found");
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(TranslatedLanguages))]
    public void EveryTranslation_KeepsThePlaceholdersOfItsEnglishText(string culture)
    {
        // "{0} seats in {1} quota groups" translated without {1} would show a wrong sentence, and
        // with a {2} the English lacks would throw a FormatException at run time.
        var broken = Translations(culture)
            .Where(entry => !Placeholders(entry.Key).SequenceEqual(Placeholders(entry.Value)))
            .Select(entry => $"{entry.Key} => {entry.Value}")
            .ToList();

        Assert.Empty(broken);
    }

    [Fact]
    public void Placeholders_AreComparedByNumberAndFormat()
    {
        Assert.Equal(["{0}", "{1:N0}"], Placeholders("{1:N0} of {0}"));
        Assert.NotEqual(Placeholders("{0} of {1}"), Placeholders("{0} de {0}"));
    }

    [Fact]
    public void ResourceKeys_NeverDifferOnlyByCase()
    {
        // .resx lookups are case-insensitive: "Yes" and "yes" would be one entry, and one of them lost.
        var keys = XDocument.Load(ResourceFile("fr"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!);

        var clashes = keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();

        Assert.Empty(clashes);
    }

    private static string ResourceFile(string culture) =>
        Path.Combine(RepositoryRoot(), "src", "ICP.Web", "Resources", $"SharedResource.{culture}.resx");

    private static Dictionary<string, string> Translations(string culture)
    {
        var path = ResourceFile(culture);
        Assert.True(File.Exists(path), $"No resource file for '{culture}': {path}");
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);
    }

    private static List<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    private static IEnumerable<string> LocalisedLiterals(string source)
    {
        foreach (Match match in IndexerLiteral().Matches(source))
        {
            yield return Regex.Unescape(match.Groups["key"].Value);
        }

        foreach (Match match in PluralLiterals().Matches(source))
        {
            yield return Regex.Unescape(match.Groups["one"].Value);
            yield return Regex.Unescape(match.Groups["many"].Value);
        }

        foreach (Match match in LocalisedLabel().Matches(source))
        {
            yield return Regex.Unescape(match.Groups["key"].Value);
        }

        foreach (Match match in StepTitle().Matches(source))
        {
            yield return Regex.Unescape(match.Groups["key"].Value);
        }
    }

    private static IEnumerable<string> LabelLiterals(string source) =>
        ArrowLiteral().Matches(source).Select(m => Regex.Unescape(m.Groups["key"].Value));

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ICP.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ICP.sln not found above the test binaries.");
    }

    // {0}, {1:N0}, {2,5} (not "{{" escapes)
    [GeneratedRegex(@"(?<!\{)\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    // T["..."], H["..."], t["..."], localizer["..."], _localizer["..."], L["..."]
    [GeneratedRegex(""""\b(?:T|H|L|t|localizer|_localizer)\[\s*"(?<key>(?:[^"\\]|\\.)*)"""")]
    private static partial Regex IndexerLiteral();

    // .Plural(count, "one", "many") and .Plural(count, "one", "many", more…)
    [GeneratedRegex("""\.Plural\([^,]+,\s*"(?<one>(?:[^"\\]|\\.)*)",\s*"(?<many>(?:[^"\\]|\\.)*)"\s*[,)]""")]
    private static partial Regex PluralLiterals();

    // new(ApplicationStep.X, "slug", typeof(Form), "Title"): step titles, localised where shown
    [GeneratedRegex("""typeof\(\w+\),\s*"(?<key>(?:[^"\\]|\\.)*)"\)""")]
    private static partial Regex StepTitle();

    // status => "Word" in Labels.cs, whose every literal is a key
    [GeneratedRegex(""""=>\s*"(?<key>(?:[^"\\]|\\.)*)"""")]
    private static partial Regex ArrowLiteral();

    // ("/path", "Label") in menu tables, localised where they are shown
    [GeneratedRegex("""\("/[a-z-]*",\s*"(?<key>(?:[^"\\]|\\.)*)"\)""")]
    private static partial Regex LocalisedLabel();
}
