using ICP.Domain.Authorities;
using Xunit;

namespace ICP.UnitTests.Domain;

/// <summary>
/// Names that look the same are the same authority: invisible characters, compatibility forms and
/// letters of other scripts that imitate Latin ones do not make a second registration possible.
/// </summary>
public sealed class LookalikeNameTests
{
    [Theory]
    [InlineData("Dup45e2\u200Bville")] // zero-width space
    [InlineData("Dup45\u04352ville")] // Cyrillic е
    [InlineData("Dup45e2vil\u00ADle")] // soft hyphen
    [InlineData("Dup45e2ville\u2060")] // word joiner
    [InlineData("Dup45e2\u200Dvi\u034Flle")] // zero-width joiner, combining grapheme joiner
    [InlineData("\uFF24\uFF55\uFF50\uFF14\uFF15\uFF45\uFF12\uFF56\uFF49\uFF4C\uFF4C\uFF45")] // fullwidth
    [InlineData("Dup45e2vi\u04CFle")] // Cyrillic palochka
    [InlineData("\u0044up45\u0435\u0032v\u0456lle")] // Cyrillic е and і
    [InlineData("DUP45E2VILLE")]
    public void Normalize_LookalikesOfDup45e2ville_AreOneName(string lookalike)
    {
        Assert.Equal(LocalAuthority.Normalize("Dup45e2ville"), LocalAuthority.Normalize(lookalike));
    }

    [Theory]
    [InlineData("\u039A\u039F\u039C\u039F", "KOMO")] // Greek capitals
    [InlineData("\u0421\u0410\u0420\u0415 \u0422\u041E\u0412\u041D", "CAPE TOBH")] // Cyrillic capitals
    [InlineData("\u0440\u0430\u0440\u0430", "papa")]
    [InlineData("Ville 10", "Ville lO")] // digits one and zero imitate l and O
    [InlineData("\uD835\uDC03\uD835\uDC1E\uD835\uDC25\uD835\uDC1F\uD835\uDC2D", "Delft")] // mathematical bold letters
    public void Normalize_ScriptMixesThatReadAsLatin_AreTheLatinName(string lookalike, string latin)
    {
        Assert.Equal(LocalAuthority.Normalize(latin), LocalAuthority.Normalize(lookalike));
    }

    [Theory]
    [InlineData("Graz", "Gratz")]
    [InlineData("Ville de Liège", "Ville de Lège")]
    [InlineData("서울특별시", "부산광역시")]
    [InlineData("Αθήνα", "Πάτρα")]
    [InlineData("Dup45e2ville", "\u0414up45e2ville")] // Cyrillic Д does not read as D
    public void Normalize_DifferentNames_StayDifferent(string one, string other)
    {
        Assert.NotEqual(LocalAuthority.Normalize(one), LocalAuthority.Normalize(other));
    }

    [Fact]
    public void Normalize_ANameOfOnlyInvisibleCharacters_IsEmpty()
    {
        Assert.Equal(string.Empty, LocalAuthority.Normalize("\u200B\u200C\u2060\uFEFF"));
    }
}
