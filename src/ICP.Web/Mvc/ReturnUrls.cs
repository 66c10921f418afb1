using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace ICP.Web.Mvc;

/// <summary>
/// Where a form sends the visitor back to: an address on this site only, in a form a <c>Location</c>
/// header can carry. <c>Url.IsLocalUrl</c> accepts any character, while Kestrel refuses a non-ASCII
/// one in a header (the redirect then fails with a 500): letters and symbols of other scripts are
/// percent-encoded, and an address holding a character that has no place in one (control
/// characters, line and paragraph separators, invisible formatting) is not followed at all.
/// </summary>
public static class ReturnUrls
{
    public static string Safe(IUrlHelper url, string? returnUrl, string fallback)
    {
        if (string.IsNullOrEmpty(returnUrl) || !url.IsLocalUrl(returnUrl))
        {
            return fallback;
        }

        var safe = new StringBuilder(returnUrl.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in returnUrl.EnumerateRunes())
        {
            if (Unprintable(rune))
            {
                return fallback;
            }

            if (rune.IsAscii && rune.Value != ' ')
            {
                safe.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                safe.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return safe.ToString();
    }

    private static bool Unprintable(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate
        or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
}
