using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ICP.Testing;
using Xunit;

namespace ICP.IntegrationTests.Operations;

/// <summary>
/// What a production deployment must not give away or get wrong, over a real socket: the server's
/// name, HTTPS redirection with only a plain HTTP endpoint, and the Secure flag on every cookie.
/// </summary>
public sealed class ProductionHardeningTests
{
    [Fact]
    public async Task EveryResponse_DoesNotNameTheServer()
    {
        await using var portal = new PortalFactory().WithKestrel();
        using var client = portal.CreateVisitorClient();

        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Empty(home.Headers.Server);
        Assert.Empty(missing.Headers.Server);
    }

    [Fact]
    public async Task RequireHttps_WithOnlyAnHttpEndpoint_RedirectsToTheConfiguredHttpsPort()
    {
        await using var portal = new PortalFactory().WithSetting("Security:RequireHttps", "true").WithSetting("Security:HttpsPort", "8443").WithKestrel();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = portal.ServerAddress };

        using var plain = await client.GetAsync(new Uri("/programme?x=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal($"https://{portal.ServerAddress.Host}:8443/programme?x=1", plain.Headers.Location!.ToString());
    }

    [Fact]
    public async Task RequireHttps_WithNoHttpsPortKnown_RefusesToStart_AndSaysWhatToSet()
    {
        await using var portal = new PortalFactory().WithSetting("Security:RequireHttps", "true").WithKestrel();

        var refused = Assert.ThrowsAny<InvalidOperationException>(() => portal.ServerAddress);

        Assert.Contains("Security:HttpsPort", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverHttps_EveryCookieThePortalSets_IsSecure()
    {
        using var certificate = SelfSignedCertificate();
        await using var portal = new PortalFactory()
            .WithSetting("Security:RequireHttps", "true").WithSetting("Security:HttpsPort", "443").WithKestrelHttps(certificate);
        var recorder = new SetCookieRecorder(new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => portal.IsOwnCertificate(presented) },
        });
        using var client = new HttpClient(recorder) { BaseAddress = portal.ServerAddress };
        Assert.Equal("https", portal.ServerAddress.Scheme);

        // Antiforgery, session, language, and a notice after a redirect (.ICP.Notice.{id}, one per redirect).
        var (journey, id) = await ApplicantJourney.DraftAsync(portal, "secure@city.example", "Secure City", "IT", client);
        await journey.SaveStepAsync(id, "themes", FormSubmission.Field("PrimaryTheme", "air-quality"));
        var languages = await HtmlPage.GetAsync(client, "/language");
        await client.SubmitAsync(languages, "#languages li:nth-child(2) form");

        var names = recorder.SetCookies.Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)])
            .Select(name => name.StartsWith(".ICP.Notice.", StringComparison.Ordinal) ? ".ICP.Notice" : name).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { ".ICP.Antiforgery", ".ICP.Session", ".ICP.Culture", ".ICP.Notice" }, names);
        Assert.All(recorder.SetCookies, cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Follows redirects itself (so that it sees every response) and keeps every Set-Cookie line.</summary>
    private sealed class SetCookieRecorder(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public List<string> SetCookies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            for (var hops = 0; response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther && hops < 5; hops++)
            {
                Record(response);
                var next = new HttpRequestMessage(HttpMethod.Get, new Uri(request.RequestUri!, response.Headers.Location!));
                response.Dispose();
                request = next;
                response = await base.SendAsync(next, cancellationToken);
            }

            Record(response);
            return response;
        }

        private void Record(HttpResponseMessage response)
        {
            if (response.Headers.TryGetValues("Set-Cookie", out var lines))
            {
                SetCookies.AddRange(lines);
            }
        }
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), null);
    }
}
