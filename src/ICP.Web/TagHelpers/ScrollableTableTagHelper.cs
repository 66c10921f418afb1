using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ICP.Web.TagHelpers;

/// <summary>
/// ECL's <c>ecl-table-responsive</c> wrapper scrolls sideways when a table is wider than the screen.
/// A region that scrolls must be reachable from the keyboard (WCAG 2.1.1, axe
/// <c>scrollable-region-focusable</c>), so every wrapper becomes a focusable, named region; its name
/// is the caption of the table inside, which every table of the portal has.
/// </summary>
[HtmlTargetElement("div", Attributes = "[class=ecl-table-responsive]")]
public sealed partial class ScrollableTableTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.Attributes.SetAttribute("tabindex", "0");
        output.Attributes.SetAttribute("role", "region");

        var caption = CaptionPattern().Match(content.GetContent());
        if (caption.Success)
        {
            var text = WebUtility.HtmlDecode(TagPattern().Replace(caption.Groups[1].Value, string.Empty)).Trim();
            output.Attributes.SetAttribute("aria-label", text);
        }

        output.Content.SetHtmlContent(content);
    }

    [GeneratedRegex("<caption[^>]*>(.*?)</caption>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
