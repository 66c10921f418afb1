using ICP.Web.Features.Operations;

namespace ICP.Web.Commands;

/// <summary><c>restore --from /backups/icp-20211116 [--replace]</c>.</summary>
internal static class RestoreCommand
{
    /// <summary>Puts a backup back: the database first, then the files. Replacing a database that holds data needs --replace.</summary>
    public static async Task<int> RunAsync(IServiceProvider provider, string[] args, TextWriter output)
    {
        var folder = CommandLine.Option(args, "--from") ?? throw new ArgumentException("Usage: restore --from <backup folder> [--replace]");
        var result = await provider.GetRequiredService<BackupWorkflow>().RestoreAsync(Path.GetFullPath(folder), args.Contains("--replace"), CancellationToken.None);
        await output.WriteLineAsync($"Restored from {Path.GetFullPath(folder)}: the database ({result.Versions} submitted versions), then {result.Files} files.");
        await output.WriteLineAsync("Restart every instance of the portal now.");
        return 0;
    }
}
