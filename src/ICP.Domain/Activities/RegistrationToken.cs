using System.Security.Cryptography;
using System.Text;

namespace ICP.Domain.Activities;

/// <summary>
/// The secrets in a registration's confirm and cancel links. Only their SHA-256 is stored, so a
/// copy of the database (a backup, a leak) cannot confirm or cancel anyone's place.
/// </summary>
public static class RegistrationToken
{
    public const int HashLength = 64;

    /// <summary>A new random token (256 bits, URL-safe) and the hash to store.</summary>
    public static (string Token, string Hash) New()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
