using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace ICP.Web.TagHelpers;

/// <summary>How precisely an instant is shown.</summary>
public enum TimePrecision
{
    Date,
    Minutes,
    Seconds,
}
