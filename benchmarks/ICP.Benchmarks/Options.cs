using System.Globalization;

namespace ICP.Benchmarks;

/// <summary>Command-line options of the form <c>--name value</c> and <c>--flag</c>.</summary>
public static class Options
{
    public static int Number(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    public static string? Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public static bool Flag(string[] args, string name) => args.Contains(name);
}
