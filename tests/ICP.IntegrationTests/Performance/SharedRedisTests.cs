using System.Net;
using ICP.Domain.Programme;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Performance;

/// <summary>
/// Two portal instances on one database and one real Redis, as in production behind a proxy: a
/// cache eviction on one is seen by the other, and a rate limit of N a minute stays N across both.
/// </summary>
public sealed class SharedRedisTests : IAsyncLifetime
{
    private const int SignInsPerMinute = 4;

    private const int ExportsPerWindow = 2;

    private readonly string _database = Path.Combine(Path.GetTempPath(), "icp-tests", "shared-" + Guid.NewGuid().ToString("N") + ".db");
    private RedisServer? _redis;
    private CountingPortalFactory? _a;
    private CountingPortalFactory? _b;

    public async ValueTask InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        if (_redis is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_database)!);
        _a = Instance();
        _b = Instance();
        _a.StartServer(); // the first one migrates and seeds the shared database
        _b.StartServer();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var portal in new[] { _a, _b })
        {
            if (portal is not null)
            {
                await portal.DisposeAsync();
            }
        }

        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task EvictionOnOneInstance_IsSeenByTheOther()
    {
        var (a, b) = Instances();
        var onA = a.CreateClient();
        var onB = b.CreateClient();

        // B serves the timeline from the shared cache (A rendered it): no query on B.
        Assert.NotNull((await HtmlPage.GetAsync(onA, "/timeline")).Document.QuerySelector("#no-events"));
        b.Queries.Clear();
        Assert.NotNull((await HtmlPage.GetAsync(onB, "/timeline")).Document.QuerySelector("#no-events"));
        Assert.Empty(b.Queries.For("/timeline"));

        // An event published through A evicts the page for B too.
        await a.WithDbAsync(async db =>
        {
            var call = await db.Calls.SingleAsync();
            db.ProgrammeEvents.Add(new ProgrammeEvent(call.Id, null, ProgrammeEventKind.KickOff, "Online info session for cities", "Questions and answers.",
                new DateTimeOffset(2021, 11, 8, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2021, 11, 8, 11, 0, 0, TimeSpan.Zero), "", true, true));
            await db.SaveChangesAsync();
        });

        Assert.Contains("Online info session for cities", (await HtmlPage.GetAsync(onB, "/timeline")).Texts("#events tbody tr").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallChangedOnOneInstance_TheOtherForgetsItsCopy()
    {
        var (a, b) = Instances();
        var onA = a.CreateClient();

        // A keeps the call in memory (its reference data) and the rendered page in Redis.
        Assert.DoesNotContain("Opening webinar for cities", (await HtmlPage.GetAsync(onA, "/timeline")).Html, StringComparison.Ordinal);

        // Staff rename a phase on B: B evicts the shared page and tells A to forget the call.
        await b.WithDbAsync(async db =>
        {
            var phase = await db.TimelinePhases.OrderBy(p => p.Order).FirstAsync();
            db.Entry(phase).Property(p => p.Title).CurrentValue = "Opening webinar for cities";
            await db.SaveChangesAsync();
        });

        // The message travels through Redis: A hears it within moments, not at CallMaxAge (5 minutes).
        var seen = false;
        for (var attempt = 0; attempt < 50 && !seen; attempt++)
        {
            seen = (await HtmlPage.GetAsync(onA, "/timeline")).Html.Contains("Opening webinar for cities", StringComparison.Ordinal);
            if (!seen)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }

        Assert.True(seen, "Instance A still showed the old phase title 5 s after B changed it.");
    }

    [Fact]
    public async Task SignInLimit_HoldsAcrossInstances()
    {
        var (a, b) = Instances();
        var onA = a.CreateClient();
        var onB = b.CreateClient();

        // N attempts spread over both instances are all answered...
        for (var i = 0; i < SignInsPerMinute; i++)
        {
            var attempt = await WrongPasswordAsync(i % 2 == 0 ? onA : onB);
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        }

        // ...and the next one is refused on either, with when to try again.
        foreach (var client in new[] { onA, onB })
        {
            var refused = await WrongPasswordAsync(client);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            var retryAfter = int.Parse(refused.Response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(retryAfter, 1, 60);
        }
    }

    [Fact]
    public async Task ExportLimitPerUser_HoldsAcrossInstances()
    {
        var (a, b) = Instances();
        await StaffJourney.SeedStaffAsync(a, evaluators: 0);
        var onA = await StaffJourney.SignInAsync(a, StaffJourney.ManagerEmail);

        // Each instance has its own test clock: B's starts later, so its authenticator code is not A's (replay).
        b.Clock.Advance(TimeSpan.FromMinutes(5));
        var onB = await StaffJourney.SignInAsync(b, StaffJourney.ManagerEmail);

        // One export on each instance uses up the manager's budget...
        Assert.Equal(HttpStatusCode.OK, (await onA.Client.GetAsync(new Uri("/admin/applications/export.csv", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onB.Client.GetAsync(new Uri("/admin/applications/export.csv", UriKind.Relative))).StatusCode);

        // ...so the next is refused on either, with when to try again.
        foreach (var client in new[] { onA.Client, onB.Client })
        {
            var refused = await client.GetAsync(new Uri("/admin/applications/export.csv", UriKind.Relative));
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 600);
        }
    }

    private static async Task<HtmlPage> WrongPasswordAsync(HttpClient client)
    {
        var login = await HtmlPage.GetAsync(client, "/account/login");
        return await client.SubmitAsync(login, "main form", [Field("Form.Email", "nobody@city.example"), Field("Form.Password", "Not-The-Password-42")]);
    }

    private (CountingPortalFactory A, CountingPortalFactory B) Instances()
    {
        if (_redis is null)
        {
            // A developer machine may lack the package; CI installs it and must run this test.
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "redis-server is not installed, and CI must run this test (apt-get install redis-server).");
            Assert.Skip("redis-server is not installed (apt-get install redis-server): the shared-store test is skipped.");
        }

        return (_a!, _b!);
    }

    private CountingPortalFactory Instance()
    {
        var portal = new CountingPortalFactory();
        portal.WithSetting("ConnectionStrings:Default", $"Data Source={_database}")
            .WithSetting("Redis:Configuration", _redis!.Configuration)
            .WithSetting("Redis:InstanceName", "icp-test-" + Path.GetFileNameWithoutExtension(_database) + ":")
            .WithSetting("Security:AccountPostsPerMinute", SignInsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithSetting("RateLimits:export:PerUser", ExportsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return portal;
    }
}
