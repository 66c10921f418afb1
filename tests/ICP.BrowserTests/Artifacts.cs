namespace ICP.BrowserTests;

/// <summary>Screenshots the browser tests leave behind for people to look at (TestResults/screenshots).</summary>
public static class Artifacts
{
    public static string PathFor(string fileName)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }
}
