using System.Net;
using System.Security.Cryptography.X509Certificates;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Serilog.Core;

namespace ICP.Testing;

/// <summary>
/// The whole portal, as Program.cs builds it, on its own SQLite file built by the real migrations and
/// seeded by the real seeder, with a fake clock the test moves. Disposing it deletes the database.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    /// <summary>2 November 2021, 10:00 Brussels time: inside the ICP-AGIR application window.</summary>
    public static readonly DateTimeOffset InsideApplicationWindow = new(2021, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "icp-tests", Guid.NewGuid().ToString("N"));

    static PortalFactory()
    {
        // Each host watches its configuration files and the files behind asp-append-version, and on
        // Linux every watcher is an inotify instance: at most 128 per user, shared by every process
        // of that user on the machine. Dozens of test hosts, beside a second test run or other work,
        // used them up, and pages then failed to render (500, IOException from FileSystemWatcher):
        // the step-save 500 of the deadline-rush issue. Test hosts never need change notifications,
        // so their file providers poll instead and take no inotify instance.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
    private readonly Dictionary<string, string?> _settings = [];
    private bool _useSystemClock;
    private bool _useKestrel;
    private X509Certificate2? _certificate;

    public PortalFactory()
    {
        Directory.CreateDirectory(_folder);
        Clock = new TestClock(InsideApplicationWindow);
        FailOnServerErrorsAttribute.Track(this);
    }

    /// <summary>What the portal logged at Error or above: a test fails on any it did not expect.</summary>
    public ServerErrorLog ServerErrors { get; } = new();

    /// <summary>Interface strings a non-English page asked for and did not find.</summary>
    public MissingTranslations MissingTranslations { get; } = new();

    /// <summary>The portal's clock: move it with <c>SetUtcNow</c> or <c>Advance</c>.</summary>
    public TestClock Clock { get; }

    /// <summary>A folder of this factory's own, deleted with it (the database, mail pickup, uploads).</summary>
    public string Folder => _folder;

    public string DatabasePath => Path.Combine(_folder, "icp.db");

    /// <summary>Where the portal writes e-mails (.eml) in tests: read them with <see cref="Mailbox"/>.</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    public string FilesFolder => Path.Combine(_folder, "files");

    public Mailbox Mailbox => new(MailFolder);

    /// <summary>Adds or overrides a configuration setting before the portal starts.</summary>
    public PortalFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Leaves the portal on the system clock (the fake <see cref="Clock"/> is then unused).</summary>
    public PortalFactory WithSystemClock()
    {
        _useSystemClock = true;
        return this;
    }

    /// <summary>Serves the portal on a real loopback port (for a real browser) instead of the in-memory server.</summary>
    public PortalFactory WithKestrel()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _useKestrel = true;
        return this;
    }

    /// <summary>
    /// Serves the portal over HTTPS only, on a real loopback port, with <paramref name="certificate"/>
    /// (visitor clients trust it).
    /// </summary>
    public PortalFactory WithKestrelHttps(X509Certificate2 certificate)
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        _useKestrel = true;
        _certificate = certificate;
        return this;
    }

    /// <summary>
    /// A client that behaves like a browser: keeps cookies and follows redirects. On a real port it talks over a real socket and streams request bodies as
    /// they are written (the test host's own client buffers a body before sending it, so a slow body
    /// could not be tested through it).
    /// </summary>
    public HttpClient CreateVisitorClient() => _useKestrel
        ? new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = true,

            // A client that sends "Expect: 100-continue" waits for the portal's verdict before the body,
            // as a browser's large upload effectively does. .NET gives up after one second and sends the
            // body anyway; on a loaded machine the portal's early 413 then closes the connection
            // mid-body and the client sees a broken pipe instead of the answer.
            Expect100ContinueTimeout = TimeSpan.FromSeconds(30),
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => IsOwnCertificate(presented) },
        })
        { BaseAddress = ServerAddress }
        : CreateClient();

    /// <summary>Whether <paramref name="presented"/> is the certificate given to <see cref="WithKestrelHttps"/> (the one a visitor trusts).</summary>
    public bool IsOwnCertificate(X509Certificate? presented) =>
        presented is not null && _certificate is not null && presented.GetCertHashString() == _certificate.GetCertHashString();

    /// <summary>
    /// A browser-like client (in-memory server) whose cookies live in <paramref name="cookies"/>, so
    /// that a test can copy a session as someone who stole the cookie would.
    /// </summary>
    public HttpClient CreateClientWithCookies(CookieContainer cookies) =>
        CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.RedirectHandler(), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));

    /// <summary>The address the portal listens on when started with <see cref="WithKestrel"/>.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>() ?? throw new InvalidOperationException("The server has no addresses.");
            return new Uri(addresses.Addresses.First());
        }
    }

    /// <summary>Runs <paramref name="action"/> with a fresh context on the portal's database.</summary>
    public async Task<T> WithDbAsync<T>(Func<IcpDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IcpDbContext>());
    }

    public async Task WithDbAsync(Func<IcpDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<IcpDbContext>());
    }

    /// <summary>
    /// Runs <paramref name="action"/> on a copy of the portal's database, with a context of its own:
    /// for tests that migrate down and up again, which must not pull tables from under the running
    /// portal (its outbox dispatcher polls while they run).
    /// </summary>
    public async Task WithDatabaseCopyAsync(Func<IcpDbContext, Task> action)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"icp-copy-{Guid.NewGuid():N}.db");
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", copy));
        try
        {
            var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<SqliteIcpDbContext>();
            PersistenceServiceCollectionExtensions.ConfigureSqlite(options, $"Data Source={copy}");
            await using var db = new SqliteIcpDbContext(options.Options);
            await action(db);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(copy);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabasePath}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Logging:File:Path", string.Empty);
        builder.UseSetting("Security:RequireHttps", "false");
        builder.UseSetting("Security:AccountPostsPerMinute", "10000");

        // The portal's own limits are out of the way of tests that are not about them (many users
        // of one test share the test server's one "network"); a test of a limit lowers it with WithSetting.
        foreach (var rule in RateLimitSetup.DefaultRules)
        {
            builder.UseSetting($"RateLimits:{rule.Name}:PerUser", "100000");
            builder.UseSetting($"RateLimits:{rule.Name}:PerNetwork", "100000");
        }

        builder.UseSetting("Email:PickupFolder", MailFolder);
        builder.UseSetting("Email:OutboxPollInterval", "00:00:01");
        builder.UseSetting("Storage:Root", FilesFolder);

        // Releasing the conference's unused city places is asked for by the tests about it (the worker on a test clock would race them).
        builder.UseSetting("Activities:RunReleaser", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Migrations", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // Static and library assets are served from the build's manifest outside Development too.
        builder.UseStaticWebAssets();
        builder.ConfigureTestServices(services =>
        {
            if (!_useSystemClock)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);

                // The tests' authenticator runs on the test clock too.
                services.RemoveAll<AuthenticatorClock>();
                services.AddSingleton(new AuthenticatorClock(Clock));
            }

            // Serilog's ReadFrom.Services picks up every registered sink.
            services.AddSingleton<ILogEventSink>(ServerErrors);
            services.AddSingleton(MissingTranslations);
            services.Decorate<IStringLocalizerFactory>((inner, provider) =>
                new RecordingLocalizerFactory(inner, provider.GetRequiredService<MissingTranslations>()));
            ConfigureTestServices(services);
        });
    }

    /// <summary>Extra registrations for a derived factory (e.g. a test-only controller).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            DeleteFolder();
            FailOnServerErrorsAttribute.Forget(this);
        }
    }

    /// <summary>Stops the portal, deletes its folder, and fails if it logged an error nobody expected (also while stopping).</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteFolder();
        FailOnServerErrorsAttribute.Forget(this);
        GC.SuppressFinalize(this);
        var unexpected = ServerErrors.TakeUnreported().Where(e => e.ExpectedBecause is null).Select(e => e.Error).ToList();
        if (unexpected.Count > 0)
        {
            throw new ServerErrorLoggedException(unexpected);
        }
    }

    private void DeleteFolder()
    {
        // SQLite keeps pooled connections open; release them so the file can go.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still in use is left in the temp folder rather than failing the test.
        }
    }
}
