using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace ICP.Web.TagHelpers;

/// <summary><c>&lt;zoned-time instant="…" precision="Minutes" local-target="id" /&gt;</c>; see <see cref="ZonedTimeMarkup"/>.</summary>
[HtmlTargetElement("zoned-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ZonedTimeTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    public DateTimeOffset Instant { get; set; }

    public string Zone { get; set; } = ICP.Domain.Common.ZonedTime.BrusselsZoneId;

    public TimePrecision Precision { get; set; } = TimePrecision.Seconds;

    public string? LocalTarget { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var tag = ZonedTimeMarkup.Build(Instant, localizer, Precision, Zone, LocalTarget);
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.MergeAttributes(tag);
        output.Content.SetHtmlContent(tag.InnerHtml);
    }
}
