using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace ICP.IntegrationTests.Operations;

/// <summary>
/// The keys that protect sign-in cookies and the links in e-mails are kept in the database; with a
/// certificate configured, they are stored encrypted, so a copy of the database holds no usable key,
/// while every instance that has the certificate reads them.
/// </summary>
public sealed class DataProtectionKeyTests
{
    [Fact]
    public async Task WithACertificate_KeysAreStoredEncrypted_AndAnotherInstanceWithTheCertificateReadsThem()
    {
        await using var first = new PortalFactory();
        var certificate = WriteCertificate(first.Folder, "keys.pfx", "pfx-password-1");
        first.WithSetting("DataProtection:Certificate:Path", certificate).WithSetting("DataProtection:Certificate:Password", "pfx-password-1");
        var cookies = new CookieContainer();
        await ApplicantJourney.RegisterAsync(first, "keys@city.example", "Keys", first.CreateClientWithCookies(cookies));

        var stored = await first.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });

        await using var second = new PortalFactory()
            .WithSetting("ConnectionStrings:Default", $"Data Source={first.DatabasePath}")
            .WithSetting("DataProtection:Certificate:Path", certificate).WithSetting("DataProtection:Certificate:Password", "pfx-password-1");
        using var response = await second.CreateClientWithCookies(cookies).GetAsync(new Uri("/applicant", UriKind.Relative));
        Assert.Equal("/applicant", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task WithACertificateThatIsNotThere_ThePortalRefusesToStart()
    {
        await using var portal = new PortalFactory().WithSetting("DataProtection:Certificate:Path", "/nowhere/keys.pfx");

        var refused = Assert.ThrowsAny<InvalidOperationException>(() => portal.Services);

        Assert.Contains("DataProtection:Certificate:Path", refused.Message, StringComparison.Ordinal);
    }

    private static string WriteCertificate(string folder, string name, string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=ICP portal data protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }
}
