using System.Globalization;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Demo;
using ICP.Web.Features.Operations;
using ICP.Web.Features.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ICP.Web.Configuration;

/// <summary>
/// Administrative commands, run instead of the web server:
/// <c>create-admin --email a@b --name "Ana B"</c>, <c>seed-demo [--applications 60] [--evaluators 4] [--cooperation]</c>,
/// <c>demo-code --email evaluator1@demo.icp-portal.eu</c>, <c>backup --to /backups/icp-20211116</c>,
/// <c>restore --from /backups/icp-20211116 [--replace]</c>.
/// </summary>
public static class Commands
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
                "create-admin" => await CreateAdminAsync(provider, args, output),
                "seed-demo" => await SeedDemoAsync(provider, args, output),
                "backup" => await BackupAsync(provider, args, output),
                "restore" => await RestoreAsync(provider, args, output),
                _ => await DemoCodeAsync(provider, args, output),
            };
        }
        catch (Exception problem) when (problem is ArgumentException or ICP.Domain.Common.DomainException)
        {
            await output.WriteLineAsync(problem.Message);
            return 2;
        }
    }

    /// <summary>The first programme manager: an account with the role and a link to choose a password.</summary>
    private static async Task<int> CreateAdminAsync(IServiceProvider provider, string[] args, TextWriter output)
    {
        var email = Option(args, "--email") ?? throw new ArgumentException("Usage: create-admin --email someone@ec.europa.eu [--name \"Full Name\"]");
        var name = Option(args, "--name") ?? email;
        var staff = provider.GetRequiredService<StaffWorkflow>();
        var (user, link) = await staff.EnsureStaffAsync(email, name, StaffRoles.ProgrammeManager, emailConfirmed: false);
        var accounts = provider.GetRequiredService<AccountWorkflow>();
        var db = provider.GetRequiredService<IcpDbContext>();
        db.OutboxMessages.Add(await accounts.StaffInvitationAsync(user, role: null));
        await db.SaveChangesAsync();
        provider.GetRequiredService<OutboxSignal>().Notify();
        await output.WriteLineAsync($"Programme manager: {email}");
        await output.WriteLineAsync($"Choose the password here (valid for two days; also e-mailed): {link}");
        await output.WriteLineAsync("Then sign in and turn on two-step sign-in: the staff area requires it.");
        return 0;
    }

    private static async Task<int> SeedDemoAsync(IServiceProvider provider, string[] args, TextWriter output)
    {
        EnsureDemoAllowed(provider);
        var applications = int.Parse(Option(args, "--applications") ?? "60", CultureInfo.InvariantCulture);
        var evaluators = int.Parse(Option(args, "--evaluators") ?? "4", CultureInfo.InvariantCulture);
        if (applications is < 0 or > 100_000 || evaluators is < 0 or > 100)
        {
            throw new ArgumentException("--applications 0–100000, --evaluators 0–100");
        }

        var result = await provider.GetRequiredService<DemoData>().SeedAsync(applications, evaluators, CancellationToken.None, withActivities: true);
        await output.WriteLineAsync($"Demo data: {result.Applications} submitted applications, {result.Evaluations} evaluations.");
        await output.WriteLineAsync($"Staff accounts (password {DemoData.Password}, two-step sign-in with the demo authenticator key {DemoData.AuthenticatorKey}):");
        foreach (var (email, role) in result.Accounts)
        {
            await output.WriteLineAsync($"  {email}  ({role})");
        }

        // The cooperation phase only when asked: without it the demo stays at the deadline, for
        // newcomers to try evaluation and selection themselves.
        if (args.Contains("--cooperation"))
        {
            var selected = await provider.GetRequiredService<CooperationDemo>().SeedAsync(CancellationToken.None);
            await output.WriteLineAsync(selected > 0
                ? $"Cooperation phase: {selected} cities selected and released, partnerships published, outputs handed in. Run the portal with --Clock:SimulatedNow=2022-06-15T10:00:00+02:00."
                : "Cooperation phase: already seeded (or no application passed), left as it is.");
        }

        await output.WriteLineAsync("Current sign-in code: dotnet run --project src/ICP.Web -- demo-code --email <address>");
        return 0;
    }

    /// <summary>A consistent copy of the SQLite database, taken while the portal runs, and of the uploaded files.</summary>
    private static async Task<int> BackupAsync(IServiceProvider provider, string[] args, TextWriter output)
    {
        var folder = Option(args, "--to") ?? throw new ArgumentException("Usage: backup --to <new folder>");
        var result = await provider.GetRequiredService<BackupWorkflow>().BackupAsync(Path.GetFullPath(folder), CancellationToken.None);
        await output.WriteLineAsync($"Backup written to {result.Folder}: database {result.DatabaseBytes} bytes (integrity check ok), {result.Files} files.");
        return 0;
    }

    /// <summary>Puts a backup back: the database first, then the files. Replacing a database that holds data needs --replace.</summary>
    private static async Task<int> RestoreAsync(IServiceProvider provider, string[] args, TextWriter output)
    {
        var folder = Option(args, "--from") ?? throw new ArgumentException("Usage: restore --from <backup folder> [--replace]");
        var result = await provider.GetRequiredService<BackupWorkflow>().RestoreAsync(Path.GetFullPath(folder), args.Contains("--replace"), CancellationToken.None);
        await output.WriteLineAsync($"Restored from {Path.GetFullPath(folder)}: the database ({result.Versions} submitted versions), then {result.Files} files.");
        await output.WriteLineAsync("Restart every instance of the portal now.");
        return 0;
    }

    /// <summary>The code a demo account's authenticator shows right now, in real time (demo accounts only).</summary>
    private static async Task<int> DemoCodeAsync(IServiceProvider provider, string[] args, TextWriter output)
    {
        EnsureDemoAllowed(provider);
        var email = Option(args, "--email") ?? DemoData.ManagerEmail;
        if (!email.EndsWith("@" + DemoData.Domain, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"demo-code only answers for demo accounts (@{DemoData.Domain}).");
        }

        var users = provider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new ArgumentException($"No account {email}: run seed-demo first.");
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new ArgumentException($"{email} has no authenticator key.");
        var now = provider.GetRequiredService<AuthenticatorClock>().UtcNow;
        await output.WriteLineAsync(Totp.Code(Totp.FromBase32(key), Totp.TimeStep(now)));
        return 0;
    }

    /// <summary>
    /// Demo accounts have a published password and authenticator key: never in Production unless
    /// the operator says so explicitly (<c>Demo:AllowInProduction=true</c>, e.g. for a public demo site).
    /// </summary>
    private static void EnsureDemoAllowed(IServiceProvider provider)
    {
        var environment = provider.GetRequiredService<IHostEnvironment>();
        var allowed = provider.GetRequiredService<IOptions<DemoOptions>>().Value.AllowInProduction;
        if (environment.IsProduction() && !allowed)
        {
            throw new ArgumentException(
                "Demo data has a published password: refused in the Production environment. " +
                "Run with ASPNETCORE_ENVIRONMENT=Development, or set Demo:AllowInProduction=true for a demo site.");
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
