using ICP.Infrastructure.Email;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Accounts;

namespace ICP.Web.Commands;

/// <summary><c>create-admin --email a@b --name "Ana B"</c>: the first programme manager of a real deployment.</summary>
internal static class CreateAdminCommand
{
    /// <summary>The first programme manager: an account with the role and a link to choose a password.</summary>
    public static async Task<int> RunAsync(IServiceProvider provider, string[] args, TextWriter output)
    {
        var email = CommandLine.Option(args, "--email") ?? throw new ArgumentException("Usage: create-admin --email someone@ec.europa.eu [--name \"Full Name\"]");
        var name = CommandLine.Option(args, "--name") ?? email;
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
}
