using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace ICP.UnitTests.Web;

/// <summary>
/// Every English text the source hands to a localiser has a French translation. (The integration
/// tests also render every page in French and record any string the resources lacked.)
/// </summary>
public sealed partial class ResourceCoverageTests
{
    [Fact]
    public void EveryLocalisedLiteral_HasAFrenchTranslation()
    {
        var root = RepositoryRoot();
        var web = Path.Combine(root, "src", "ICP.Web");
        var french = XDocument.Load(Path.Combine(web, "Resources", "SharedResource.fr.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

        var used = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => (Path.GetFileName(f) == "Labels.cs" ? LabelLiterals(File.ReadAllText(f)) : LocalisedLiterals(File.ReadAllText(f)))
                .Select(key => (File: Path.GetRelativePath(web, f), Key: key)))
            .ToList();

        Assert.NotEmpty(used);
        var missing = used.Where(u => !french.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void ResourceKeys_NeverDifferOnlyByCase()
    {
        // .resx lookups are case-insensitive: "Yes" and "yes" would be one entry, and one of them lost.
        var keys = XDocument.Load(Path.Combine(RepositoryRoot(), "src", "ICP.Web", "Resources", "SharedResource.fr.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!);

        var clashes = keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();

        Assert.Empty(clashes);
    }

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
