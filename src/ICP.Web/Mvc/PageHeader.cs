namespace ICP.Web.Mvc;

/// <summary>What the ECL page header shows: the page's one h1, an introduction and the breadcrumb trail.</summary>
public sealed record PageHeader(string Title, string? Description = null, IReadOnlyList<Breadcrumb>? Trail = null, string? Meta = null, string? DescriptionLang = null, string? TitleLang = null);

/// <summary>One step of the breadcrumb trail above the current page.</summary>
public sealed record Breadcrumb(string Label, string Url);

/// <summary>The main menu: the public pages, in the order visitors read about a call.</summary>
public static class SiteNavigation
{
    public static IReadOnlyList<(string Path, string Label)> Items { get; } =
    [
        ("/", "Home"),
        ("/programme", "Programme"),
        ("/themes", "Themes"),
        ("/countries", "Countries"),
        ("/timeline", "Timeline"),
        ("/apply", "How to apply"),
        ("/results", "Results"),
        ("/partnerships", "Partnerships"),
        ("/activities", "Activities"),
    ];

    public static bool IsCurrent(string itemPath, string requestPath) =>
        itemPath == "/" ? requestPath == "/" : requestPath.StartsWith(itemPath, StringComparison.OrdinalIgnoreCase);
}
