using System.Net;
using ICP.Domain.Applications;
using ICP.Infrastructure.Identity;
using ICP.Testing;
using ICP.Web.Commands;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ICP.IntegrationTests.Operations;

/// <summary>
/// The administrative commands (<c>dotnet run --project src/ICP.Web -- &lt;command&gt;</c>) against a
/// real database: the first programme manager, the demo data, the demo authenticator codes.
/// </summary>
public sealed class CommandTests
{
    [Fact]
    public async Task CreateAdmin_MakesAProgrammeManager_AndPrintsAndMailsTheLinkToChooseAPassword()
    {
        await using var portal = new PortalFactory();
        var (exit, output) = await RunAsync(portal, "create-admin", "--email", "ana.example@ec.europa.eu", "--name", "Ana Example");

        Assert.Equal(0, exit);
        var link = output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("Choose the password here", StringComparison.Ordinal));
        var url = new Uri(link[(link.IndexOf("http", StringComparison.Ordinal))..]);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = await users.FindByEmailAsync("ana.example@ec.europa.eu");
            Assert.NotNull(user);
            Assert.Equal([StaffRoles.ProgrammeManager], await users.GetRolesAsync(user));
            Assert.False(await users.HasPasswordAsync(user));
        }

        var mail = await portal.Mailbox.WaitForAsync("ana.example@ec.europa.eu", "You are invited to the ICP portal's staff area");
        Assert.Equal(url.AbsolutePath, Mailbox.LinkIn(mail, url.AbsolutePath).AbsolutePath);
        var page = await HtmlPage.GetAsync(portal.CreateClient(), url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotNull(page.Document.QuerySelector("main form input[type=password]"));
    }

    [Fact]
    public async Task CreateAdmin_WithoutAnAddress_SaysHowToUseItAndChangesNothing()
    {
        await using var portal = new PortalFactory();
        var (exit, output) = await RunAsync(portal, "create-admin");

        Assert.Equal(2, exit);
        Assert.Contains("Usage: create-admin --email", output, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task SeedDemo_FillsEveryQuotaGroupWithSubmittedApplications_AndStaffWhoCanSignIn()
    {
        await using var portal = new PortalFactory();
        var (exit, output) = await RunAsync(portal, "seed-demo", "--applications", "60", "--evaluators", "3");

        Assert.Equal(0, exit);
        Assert.Contains("Demo data: 60 submitted applications", output, StringComparison.Ordinal);
        Assert.Contains(DemoData.ManagerEmail, output, StringComparison.Ordinal);
        Assert.Contains("evaluator3@" + DemoData.Domain, output, StringComparison.Ordinal);
        var groups = await portal.WithDbAsync(db => db.Applications
            .Where(a => a.Status == ApplicationStatus.Submitted)
            .GroupBy(a => a.QuotaGroupCode)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync());
        Assert.Equal(60, groups.Sum(g => g.Count));
        Assert.Equal(["CA", "EU", "HK", "KR", "SG", "TW", "ZA"], groups.Select(g => g.Key).Order(StringComparer.Ordinal));

        // The demo manager gets into /admin with the printed password and the demo authenticator.
        portal.Clock.SetUtcNow(SelectionSetup.AfterDeadline);
        var manager = await StaffJourney.SignInAsync(portal, DemoData.ManagerEmail);
        var list = await manager.GetAsync("/admin/applications");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task DemoCode_PrintsTheCodeTheAuthenticatorShowsNow_OnlyForDemoAccounts()
    {
        await using var portal = new PortalFactory();
        await RunAsync(portal, "seed-demo", "--applications", "0", "--evaluators", "1");

        var (exit, output) = await RunAsync(portal, "demo-code", "--email", "evaluator1@" + DemoData.Domain);
        Assert.Equal(0, exit);
        var expected = Totp.Code(Totp.FromBase32(DemoData.AuthenticatorKey), Totp.TimeStep(portal.Clock.GetUtcNow()));
        Assert.Equal(expected, output.Trim());

        var (refused, message) = await RunAsync(portal, "demo-code", "--email", "ana.example@ec.europa.eu");
        Assert.Equal(2, refused);
        Assert.Contains("only answers for demo accounts", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoCommands_AreRefusedInProduction_AndCreateNothing()
    {
        await using var portal = new PortalFactory().WithSetting("environment", "Production").WithSetting("Portal:BaseUrl", "https://icp.example.eu");

        var (exit, output) = await RunAsync(portal, "seed-demo");

        Assert.Equal(2, exit);
        Assert.Contains("refused in the Production environment", output, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await portal.WithDbAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task SeedDemo_WithCooperation_SelectsWithinTheQuotas_PublishesThePartnerships_AndOutputs()
    {
        await using var portal = new PortalFactory();
        var (exit, output) = await RunAsync(portal, "seed-demo", "--applications", "120", "--evaluators", "3", "--cooperation");

        Assert.Equal(0, exit);
        Assert.Contains("Cooperation phase:", output, StringComparison.Ordinal);
        var selected = await portal.WithDbAsync(db => db.Applications.Where(a => a.Status == ApplicationStatus.Selected).Select(a => new { a.Id, a.QuotaGroupCode }).ToListAsync());
        var seats = await portal.WithDbAsync(db => db.QuotaGroups.ToDictionaryAsync(g => g.Code, g => g.Seats));
        Assert.NotEmpty(selected);
        Assert.All(selected.GroupBy(a => a.QuotaGroupCode), g => Assert.InRange(g.Count(), 1, seats[g.Key]));
        Assert.Equal(ICP.Domain.Cooperation.PlanState.Published, await portal.WithDbAsync(db => db.CooperationPlans.Select(p => p.State).SingleAsync()));
        var page = await HtmlPage.GetAsync(portal.CreateClient(), "/partnerships");
        Assert.NotEmpty(page.All("li[data-pair]"));
        Assert.Equal(2, page.All("#published-outputs li").Count);
        Assert.Equal(2, await portal.WithDbAsync(db => db.Activities.CountAsync(a => a.Kind == ICP.Domain.Activities.ActivityKind.StudyVisit)));
        Assert.NotEmpty(await portal.WithDbAsync(db => db.VisitDelegates.ToListAsync()));

        // Run again: nothing is selected twice.
        var (again, said) = await RunAsync(portal, "seed-demo", "--applications", "0", "--evaluators", "0", "--cooperation");
        Assert.Equal(0, again);
        Assert.Contains("already seeded", said, StringComparison.Ordinal);
        Assert.Equal(selected.Count, await portal.WithDbAsync(db => db.Applications.CountAsync(a => a.Status == ApplicationStatus.Selected)));
    }

    private static async Task<(int Exit, string Output)> RunAsync(PortalFactory portal, params string[] args)
    {
        using var output = new StringWriter();
        var exit = await CommandLine.RunAsync(portal.Services, args, output);
        return (exit, output.ToString());
    }
}
