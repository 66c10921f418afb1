using ICP.Testing;
using ICP.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Accounts;

/// <summary>
/// Wrong passwords are counted per address and per network: whoever knows a staff member's address
/// can no longer lock them out from one place; guessing spread over many networks still locks the
/// address for everyone. Over a real socket, each client behind the loopback proxy with its own
/// X-Forwarded-For address.
/// </summary>
public sealed class SignInLockoutTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new PortalFactory().WithKestrel();

    public async ValueTask InitializeAsync() => await StaffJourney.SeedStaffAsync(_portal, evaluators: 0);

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task WrongPasswordsFromOneNetwork_RefuseThatNetwork_ButTheStaffMemberSignsInFromTheirOwn()
    {
        for (var attempt = 0; attempt < 6; attempt++)
        {
            Assert.Equal("/account/login", await SignInFromAsync($"203.0.113.{attempt + 7}", "wrong-password-" + attempt));
        }

        // The attacker's network is refused even the right password; the staff member is not.
        Assert.Equal("/account/login", await SignInFromAsync("203.0.113.200", DemoData.Password));
        Assert.Equal("/account/login/two-factor", await SignInFromAsync("198.51.100.20", DemoData.Password));
        Assert.Null(await _portal.WithDbAsync(db => db.Users.Where(u => u.Email == StaffJourney.ManagerEmail).Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task WrongPasswordsFromManyNetworks_RefuseTheAddressToEveryone_UntilThePeriodIsOver()
    {
        for (var network = 1; network <= 4; network++)
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                await SignInFromAsync($"192.0.{network}.{attempt + 1}", "guess-" + network + "-" + attempt);
            }
        }

        Assert.Equal("/account/login", await SignInFromAsync("198.51.100.20", DemoData.Password));

        _portal.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal("/account/login/two-factor", await SignInFromAsync("198.51.100.20", DemoData.Password));
    }

    /// <summary>Signs in as the programme manager from <paramref name="address"/>; returns where the answer landed.</summary>
    private async Task<string> SignInFromAsync(string address, string password)
    {
        using var client = _portal.CreateVisitorClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        var login = await HtmlPage.GetAsync(client, "/account/login");
        var answer = await client.SubmitAsync(login, "main form", [Field("Form.Email", StaffJourney.ManagerEmail), Field("Form.Password", password)]);
        return answer.Response.RequestMessage!.RequestUri!.AbsolutePath;
    }
}
