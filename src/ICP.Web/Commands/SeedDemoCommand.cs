using System.Globalization;
using ICP.Web.Features.Demo;

namespace ICP.Web.Commands;

/// <summary><c>seed-demo [--applications 60] [--evaluators 4] [--cooperation]</c>: demo accounts and applications (never in Production unless allowed).</summary>
internal static class SeedDemoCommand
{
    public static async Task<int> RunAsync(IServiceProvider provider, string[] args, TextWriter output)
    {
        DemoGuard.Ensure(provider);
        var applications = int.Parse(CommandLine.Option(args, "--applications") ?? "60", CultureInfo.InvariantCulture);
        var evaluators = int.Parse(CommandLine.Option(args, "--evaluators") ?? "4", CultureInfo.InvariantCulture);
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
}
