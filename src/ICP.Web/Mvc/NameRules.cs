using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Mvc;

/// <summary>
/// The rule for a name a person chooses (their own, their authority's, a colleague's): names are
/// shown to other people and quoted in the portal's e-mails, so a name holds no web or e-mail
/// address ("URGENT: confirm your bank details at https://evil.example/…") and no control
/// characters (line breaks, characters that reverse the direction of the text around them).
/// </summary>
public static partial class NameRules
{
    public static IRuleBuilderOptions<T, string> PlainName<T>(this IRuleBuilder<T, string> rule, IStringLocalizer t) =>
        rule.Must(name => !HasControlCharacters(name))
            .WithMessage(_ => t["Use letters, digits, spaces and punctuation only: no line breaks or other control characters."])
            .Must(name => !LooksLikeAnAddress(name))
            .WithMessage(_ => t["A name cannot contain a web or e-mail address. (After a full stop, leave a space.)"]);

    public static bool HasControlCharacters(string? name) =>
        name is not null && name.Any(c => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
            || char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned);

    /// <summary>"://", "www.", an "@", or a dot followed at once by two or more letters (as in evil.example).</summary>
    public static bool LooksLikeAnAddress(string? name) =>
        name is not null && (name.Contains("://", StringComparison.Ordinal) || name.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || name.Contains('@', StringComparison.Ordinal) || DomainLike().IsMatch(name));

    [GeneratedRegex(@"[\p{L}\p{N}]\.\p{L}{2,}")]
    private static partial Regex DomainLike();
}
