using System.Security.Cryptography.X509Certificates;
using ICP.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace ICP.Web.Configuration;

/// <summary>
/// ASP.NET Core Data Protection, whose keys protect sign-in cookies, antiforgery tokens and the
/// links in account e-mails. The keys live in the database (every instance shares them; sign-ins
/// survive restarts). With <c>DataProtection:Certificate:Path</c> (a PFX file) and its password, each
/// key is encrypted with the certificate before it is stored, so a copy of the database (a backup)
/// holds no usable key. Certificates given in <c>DataProtection:PreviousCertificates</c> still
/// decrypt keys stored under them, for a certificate's replacement. Without a certificate the keys
/// are stored as they are, and the framework logs a warning at start-up (docs/operations.md says
/// what to do instead).
/// </summary>
public static class DataProtectionSetup
{
    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName("ICP portal")
            .PersistKeysToDbContext<IcpDbContext>();

        var section = configuration.GetSection("DataProtection:Certificate");
        if (section["Path"] is { Length: > 0 } path)
        {
            var current = Load(section, path, environment);
            var previous = configuration.GetSection("DataProtection:PreviousCertificates").GetChildren()
                .Select(c => Load(c, c["Path"] ?? string.Empty, environment));

            // On Linux the decryptor would look for the certificate in the user's certificate store;
            // naming it here lets keys be read with the file alone.
            builder.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([current, .. previous]);
        }

        return services;
    }

    private static X509Certificate2 Load(IConfiguration section, string path, IHostEnvironment environment)
    {
        var file = Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path);
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"The Data Protection certificate '{file}' (DataProtection:Certificate:Path) does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(file, section["Password"]);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"The Data Protection certificate '{file}' holds no private key: keys protected with it could not be read again.");
    }
}
