using ICP.Web.Features.Operations;

namespace ICP.Web.Commands;

/// <summary><c>backup --to /backups/icp-20211116</c>.</summary>
internal static class BackupCommand
{
    /// <summary>A consistent copy of the SQLite database, taken while the portal runs, and of the uploaded files.</summary>
    public static async Task<int> RunAsync(IServiceProvider provider, string[] args, TextWriter output)
    {
        var folder = CommandLine.Option(args, "--to") ?? throw new ArgumentException("Usage: backup --to <new folder>");
        var result = await provider.GetRequiredService<BackupWorkflow>().BackupAsync(Path.GetFullPath(folder), CancellationToken.None);
        await output.WriteLineAsync($"Backup written to {result.Folder}: database {result.DatabaseBytes} bytes (integrity check ok), {result.Files} files.");
        return 0;
    }
}
