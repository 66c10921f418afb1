using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ICP.Infrastructure.Seeding;

/// <summary>
/// Identifies what the seed check depends on: the builds of the two assemblies that hold the seeded
/// data and the rules it is compared under (reference territories, roles, the call, its
/// translations, the rule for authority names), and the settings passed to it. Builds are
/// deterministic, so the same source gives the same fingerprint; any change to either assembly (a new
/// release) checks the seed once again.
/// </summary>
public static class SeedFingerprint
{
    public static string Of(int memberStateCap)
    {
        var parts = string.Join(
            '|',
            typeof(ProgrammeSeeder).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
            typeof(ICP.Domain.Authorities.LocalAuthority).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
            memberStateCap.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parts)));
    }
}
