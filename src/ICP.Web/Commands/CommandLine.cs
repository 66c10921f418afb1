namespace ICP.Web.Commands;

/// <summary>
/// Administrative commands, run instead of the web server:
/// <c>create-admin --email a@b --name "Ana B"</c>, <c>seed-demo [--applications 60] [--evaluators 4] [--cooperation]</c>,
/// <c>demo-code --email evaluator1@demo.icp-portal.eu</c>, <c>backup --to /backups/icp-20211116</c>,
/// <c>restore --from /backups/icp-20211116 [--replace]</c>. Each command is one class in this folder.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Names = ["create-admin", "seed-demo", "demo-code", "backup", "restore"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0]);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        try
        {
            return args[0] switch
            {
                "create-admin" => await CreateAdminCommand.RunAsync(provider, args, output),
                "seed-demo" => await SeedDemoCommand.RunAsync(provider, args, output),
                "backup" => await BackupCommand.RunAsync(provider, args, output),
                "restore" => await RestoreCommand.RunAsync(provider, args, output),
                _ => await DemoCodeCommand.RunAsync(provider, args, output),
            };
        }
        catch (Exception problem) when (problem is ArgumentException or ICP.Domain.Common.DomainException)
        {
            await output.WriteLineAsync(problem.Message);
            return 2;
        }
    }

    /// <summary>The value after <paramref name="name"/> on the command line, if any.</summary>
    internal static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
