using System.Net;
using ICP.Testing;
using Xunit;

namespace ICP.IntegrationTests.Operations;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_WhenTheDatabaseIsMigrated_IsLiveAndReady()
    {
        await using var portal = new PortalFactory();
        var client = portal.CreateClient();

        var live = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HealthReady_WhenMigrationsAreNotApplied_IsUnavailable_WhileLivenessStillAnswers()
    {
        await using var portal = new PortalFactory()
            .WithSetting("Database:MigrateOnStartup", "false")
            .WithSetting("Database:SeedOnStartup", "false");
        portal.ServerErrors.Expect("the database is left without its tables on purpose: every query fails (Data Protection keys, the outbox worker, readiness)",
            e => e.Source?.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) == true
                || e.Exception?.ToString().Contains("no such table", StringComparison.Ordinal) == true
                || e.Message.Contains("Unhealthy", StringComparison.Ordinal));
        var client = portal.CreateClient();

        var live = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
    }
}
