using System.Text;

namespace ICP.Domain.Authorities;

/// <summary>
/// What a name looks like, for comparing names: "Dup45e2ville", the same with a zero-width space
/// and the same with a Cyrillic "е" are one name. Follows the skeleton of Unicode Technical
/// Standard #39 (security mechanisms, section 4): compatibility forms folded (NFKC: fullwidth and
/// mathematical letters, ligatures), default-ignorable code points removed (invisible characters),
/// then every character that imitates a Latin letter or digit replaced by what it imitates.
/// <para>
/// The confusables table is a subset written here, not UTS #39's data file (nothing is downloaded
/// at build time): the Cyrillic, Greek, Armenian and Latin-extended letters that look like a Latin
/// letter in common fonts, in both cases, and the digits 0 and 1 (read as O and l). UTS #39 maps a
/// few thousand characters, some to several letters (m as "rn"); names in other scripts that
/// imitate Latin only through characters missing here are not caught.
/// </para>
/// </summary>
public static class NameSkeleton
{
    /// <summary>
    /// The name as it looks: compatibility forms folded, invisible characters removed, lookalikes
    /// replaced; decomposed (NFD), so that a lookalike with an accent (Cyrillic ё) is replaced too
    /// and the accent follows it as a combining mark.
    /// </summary>
    public static string Of(string name)
    {
        var folded = name.Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var skeleton = new StringBuilder(folded.Length);
        foreach (var rune in folded.EnumerateRunes())
        {
            if (IsDefaultIgnorable(rune.Value))
            {
                continue;
            }

            if (rune.IsBmp && Confusables.TryGetValue((char)rune.Value, out var latin))
            {
                skeleton.Append(latin);
            }
            else
            {
                skeleton.Append(rune.ToString());
            }
        }

        return skeleton.ToString();
    }

    /// <summary>
    /// Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt, Unicode 15):
    /// characters a renderer shows as nothing at all (soft hyphen, zero-width spaces and joiners,
    /// direction marks, variation selectors, invisible operators, tags).
    /// </summary>
    public static bool IsDefaultIgnorable(int codePoint) => codePoint switch
    {
        0x00AD or 0x034F or 0x061C or 0x3164 or 0xFEFF or 0xFFA0 => true,
        >= 0x115F and <= 0x1160 => true,
        >= 0x17B4 and <= 0x17B5 => true,
        >= 0x180B and <= 0x180F => true,
        >= 0x200B and <= 0x200F => true,
        >= 0x202A and <= 0x202E => true,
        >= 0x2060 and <= 0x206F => true,
        >= 0xFE00 and <= 0xFE0F => true,
        >= 0xFFF0 and <= 0xFFF8 => true,
        >= 0x1BCA0 and <= 0x1BCA3 => true,
        >= 0x1D173 and <= 0x1D17A => true,
        >= 0xE0000 and <= 0xE0FFF => true,
        _ => false,
    };

    /// <summary>Each lookalike and the Latin letter or digit it imitates (see the class summary for what is covered).</summary>
    private static readonly Dictionary<char, char> Confusables = Build(
        // Cyrillic capitals, then small letters.
        ("АВЕЅІЈКМНОРСТХУҮҺԚԜӀ", "ABESIJKMHOPCTXYYHQWl"),
        ("аеѕіјорсхуүһԛԝӏԁѵг", "aesijopcxyyhqwldvr"),
        // Greek capitals, then small letters.
        ("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹϿ", "ABEZHIKMNOPTYXCJ"),
        ("αικνορυχγηϲ", "aikvopuxync"),
        // Armenian.
        ("ՕՍօսհոց", "OUouhng"),
        // Latin letters that stand for others: dotless i, iota, Latin alpha, script g.
        ("ıɩɑɡ", "iiag"),
        // Digits read as letters.
        ("01", "Ol"));

    private static Dictionary<char, char> Build(params (string From, string To)[] pairs)
    {
        var map = new Dictionary<char, char>();
        foreach (var (from, to) in pairs)
        {
            if (from.Length != to.Length)
            {
                throw new InvalidOperationException($"Confusables '{from}' and '{to}' differ in length.");
            }

            for (var i = 0; i < from.Length; i++)
            {
                map.Add(from[i], to[i]);
            }
        }

        return map;
    }
}
