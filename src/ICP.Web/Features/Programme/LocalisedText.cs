namespace ICP.Web.Features.Programme;

/// <summary>
/// A programme text in the page's language, or its English original when no translation exists;
/// <see cref="Lang"/> is then "en", for the <c>lang</c> attribute that makes screen readers switch
/// voice (null when the text is in the page's own language, so no attribute is written).
/// </summary>
public sealed record LocalisedText(string Text, string? Lang)
{
    public static LocalisedText English(string text) => new(text, null);

    public override string ToString() => Text;
}
