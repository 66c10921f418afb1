using ICP.Infrastructure.Identity;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Demo;
using Microsoft.AspNetCore.Identity;

namespace ICP.Web.Commands;

/// <summary><c>demo-code --email evaluator1@demo.icp-portal.eu</c>: the sign-in code of a demo account.</summary>
internal static class DemoCodeCommand
{
    /// <summary>The code a demo account's authenticator shows right now, in real time (demo accounts only).</summary>
    public static async Task<int> RunAsync(IServiceProvider provider, string[] args, TextWriter output)
    {
        DemoGuard.Ensure(provider);
        var email = CommandLine.Option(args, "--email") ?? DemoData.ManagerEmail;
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
}
