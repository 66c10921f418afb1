using ICP.Domain.Activities;
using ICP.Testing;
using ICP.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ICP.IntegrationTests.Activities;

/// <summary>seed-demo's cooperation phase: eight online sessions May–December 2022 with registrations, one full with a waiting list, and the closing conference; seeding again adds nothing.</summary>
public sealed class DemoActivitiesTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task SeedDemo_WithActivities_MakesTheOpenOnlineEventAndTheConference_Once()
    {
        for (var run = 0; run < 2; run++)
        {
            await using var scope = _portal.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(0, 1, CancellationToken.None, withActivities: true);
        }

        var activities = await _portal.WithDbAsync(db => db.Activities.AsNoTracking().Include(a => a.Registrations).Include(a => a.Sessions).ToListAsync());
        var online = activities.Where(a => a.Kind == ActivityKind.OnlineSession).ToList();
        Assert.Equal(8, online.Count);
        Assert.All(online, a => Assert.InRange(a.StartsAt, new DateTimeOffset(2022, 5, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2022, 12, 31, 0, 0, 0, TimeSpan.Zero)));
        Assert.All(online, a => Assert.True(a.PlacesTaken <= a.PublicPlaces));
        Assert.Contains(online, a => a.WaitingList.Any() && a.PlacesLeft == 0);
        var statuses = online.SelectMany(a => a.Registrations).Select(r => r.Status).Distinct().ToList();
        Assert.Equal(Enum.GetValues<RegistrationStatus>().Length, statuses.Count);
        var conference = Assert.Single(activities, a => a.Kind == ActivityKind.ClosingConference);
        Assert.Equal((4, 180), (conference.Sessions.Count, conference.PublicPlaces));
        Assert.Equal((4, new DateTimeOffset(2023, 1, 31, 22, 59, 0, TimeSpan.Zero)), (conference.DelegateLimitPerCity, conference.DelegateCutoff));
    }
}
