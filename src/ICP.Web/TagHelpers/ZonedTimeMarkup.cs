using ICP.Web.Mvc;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace ICP.Web.TagHelpers;

/// <summary>
/// An instant as people read it in the call's zone, in a machine-readable <c>&lt;time&gt;</c>:
/// <c>&lt;time datetime="2021-11-15T22:59:59Z"&gt;15 November 2021, 23:59:59 (Brussels time)&lt;/time&gt;</c>.
/// With a local target, localtime.js fills that element with the instant in the visitor's own zone.
/// </summary>
public static class ZonedTimeMarkup
{
    public static TagBuilder Build(
        DateTimeOffset instant, IStringLocalizer localizer, TimePrecision precision = TimePrecision.Seconds,
        string zone = ICP.Domain.Common.ZonedTime.BrusselsZoneId, string? localTarget = null)
    {
        var tag = new TagBuilder("time");
        tag.Attributes["datetime"] = DisplayFormats.Iso(instant);
        if (!string.IsNullOrEmpty(localTarget))
        {
            tag.Attributes["data-local-time-target"] = localTarget;
        }

        tag.InnerHtml.Append(Text(instant, localizer, precision, zone));
        return tag;
    }

    public static string Text(DateTimeOffset instant, IStringLocalizer localizer, TimePrecision precision, string zone)
    {
        var text = precision switch
        {
            TimePrecision.Date => DisplayFormats.DateIn(instant, zone),
            TimePrecision.Minutes => DisplayFormats.ShortDateTimeIn(instant, zone),
            _ => DisplayFormats.DateTimeIn(instant, zone),
        };
        if (precision == TimePrecision.Date)
        {
            return text;
        }

        return zone == ICP.Domain.Common.ZonedTime.BrusselsZoneId ? localizer["{0} (Brussels time)", text] : $"{text} ({zone})";
    }

    /// <summary><c>@Html.ZonedTime(instant)</c>: for use as an argument of an HTML localiser string.</summary>
    public static IHtmlContent ZonedTime(
        this IHtmlHelper html, DateTimeOffset instant, TimePrecision precision = TimePrecision.Seconds, string? localTarget = null)
    {
        var localizer = html.ViewContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        return Build(instant, localizer, precision, localTarget: localTarget);
    }
}
