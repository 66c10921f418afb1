using System.Diagnostics;
using System.Globalization;

namespace ICP.Benchmarks;

/// <summary>
/// What a process's resident memory is made of, so "388 MB after the rush" can be explained rather
/// than guessed: the kernel's split (anonymous memory: the GC heap, native allocations such as
/// SQLite's page caches, JIT'd code; file-backed: the mapped runtime and ReadyToRun images, which
/// are shared and reclaimable) and, when <c>dotnet-gcdump</c> is installed, the managed heap by type.
/// The figures are read before the heap dump, which forces a full collection.
/// </summary>
public static class MemoryReport
{
    public static async Task WriteAsync(int processId, string work)
    {
        Console.WriteLine();
        Console.WriteLine("Memory of the portal after the rush (from /proc, before any collection):");
        foreach (var (name, kilobytes) in Status(processId))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-10} {kilobytes / 1024.0,8:F0} MB"));
        }

        var tool = FindTool("dotnet-gcdump");
        if (tool is null)
        {
            Console.WriteLine("  (install dotnet-gcdump to see the managed heap by type: dotnet tool install -g dotnet-gcdump)");
            return;
        }

        var dump = Path.Combine(work, "after-rush.gcdump");
        var collect = await RunAsync(tool, ["collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", dump]);
        if (!File.Exists(dump))
        {
            Console.WriteLine("  dotnet-gcdump collect failed: " + collect.Trim());
            return;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Managed heap after a full collection ({dump}), the 15 largest types by size:"));
        var report = await RunAsync(tool, ["report", dump]);
        foreach (var line in report.Split('\n').Take(20))
        {
            Console.WriteLine("  " + line.TrimEnd());
        }

        Console.WriteLine("Resident memory once the heap was collected:");
        foreach (var (name, kilobytes) in Status(processId).Where(s => s.Name is "VmRSS" or "RssAnon"))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-10} {kilobytes / 1024.0,8:F0} MB"));
        }
    }

    private static IEnumerable<(string Name, long Kilobytes)> Status(int processId)
    {
        string[] wanted = ["VmRSS", "RssAnon", "RssFile", "RssShmem", "VmSwap"];
        foreach (var line in File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && wanted.Contains(line[..colon]))
            {
                yield return (line[..colon], long.Parse(line[(colon + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
            }
        }
    }

    private static string? FindTool(string name)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append(Path.Combine(home, ".dotnet", "tools"))
            .Select(folder => Path.Combine(folder, name));
        return candidates.FirstOrDefault(File.Exists);
    }

    private static async Task<string> RunAsync(string tool, string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return await output + await error;
    }
}
