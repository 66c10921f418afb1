namespace ICP.Web.Mvc;

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
