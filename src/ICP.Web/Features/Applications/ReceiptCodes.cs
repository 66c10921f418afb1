using System.Security.Cryptography;

namespace ICP.Web.Features.Applications;

/// <summary>Receipt verification codes: 12 characters of Crockford's base32 (no I, L, O, U), shown as XXXX-XXXX-XXXX.</summary>
public static class ReceiptCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<char> code = stackalloc char[12];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"{code[..4]}-{code[4..8]}-{code[8..]}";
    }

    /// <summary>Reads a code as people type it: any case, with or without dashes or spaces; O read as 0, I and L as 1.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var clean = new string(typed.ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray())
            .Replace('O', '0').Replace('I', '1').Replace('L', '1');
        return clean.Length == 12 && clean.All(c => Alphabet.Contains(c, StringComparison.Ordinal))
            ? $"{clean[..4]}-{clean[4..8]}-{clean[8..]}"
            : null;
    }
}
