using System.Security.Cryptography;

namespace ICP.Web.Features.Accounts;

/// <summary>
/// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), as authenticator
/// apps compute them. Written here, rather than using Identity's provider, so the portal knows which
/// time step a code matched and can refuse the same code a second time.
/// </summary>
public static class Totp
{
    public const int StepSeconds = 30;

    public static long TimeStep(DateTimeOffset instant) => instant.ToUnixTimeSeconds() / StepSeconds;

    public static string Code(byte[] key, long timeStep, int digits = 6)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, timeStep);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1; its use here is not a collision risk
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        var modulo = (int)Math.Pow(10, digits);
        return (binary % modulo).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>
    /// The time step <paramref name="code"/> matches at <paramref name="now"/>, allowing one step of
    /// clock drift either way; null when it matches none.
    /// </summary>
    public static long? MatchingStep(byte[] key, string code, DateTimeOffset now)
    {
        var current = TimeStep(now);
        for (var drift = -1; drift <= 1; drift++)
        {
            var step = current + drift;
            if (CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.ASCII.GetBytes(Code(key, step)),
                    System.Text.Encoding.ASCII.GetBytes(code)))
            {
                return step;
            }
        }

        return null;
    }

    /// <summary>Decodes RFC 4648 base32 (the form authenticator keys are shown in).</summary>
    public static byte[] FromBase32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Trim().TrimEnd('=').Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var bytes = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("Not base32.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
