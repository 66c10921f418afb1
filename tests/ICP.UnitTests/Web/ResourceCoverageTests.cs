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
            .SelectMany(f => LocalisedLiterals(File.ReadAllText(f)).Select(key => (File: Path.GetRelativePath(web, f), Key: key)))
            .ToList();

        Assert.NotEmpty(used);
        var missing = used.Where(u => !french.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();
        Assert.Empty(missing);
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
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ICP.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ICP.sln not found above the test binaries.");
    }

    // T["..."], H["..."], localizer["..."], _localizer["..."], L["..."]
    [GeneratedRegex(""""\b(?:T|H|L|localizer|_localizer)\[\s*"(?<key>(?:[^"\\]|\\.)*)"""")]
    private static partial Regex IndexerLiteral();

    // .Plural(count, "one", "many")
    [GeneratedRegex("""\.Plural\([^,]+,\s*"(?<one>(?:[^"\\]|\\.)*)",\s*"(?<many>(?:[^"\\]|\\.)*)"\)""")]
    private static partial Regex PluralLiterals();

    // ("/path", "Label") in menu tables, localised where they are shown
    [GeneratedRegex("""\("/[a-z-]*",\s*"(?<key>(?:[^"\\]|\\.)*)"\)""")]
    private static partial Regex LocalisedLabel();
}
