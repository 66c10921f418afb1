using ICP.Web.TagHelpers;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Activities.Emails;

/// <summary>When an activity starts, as its e-mails state it: in the place's zone, to the minute.</summary>
public sealed record ActivityTime(DateTimeOffset StartsAt, string TimeZoneId)
{
    public string Text(IStringLocalizer t) => ZonedTimeMarkup.Text(StartsAt, t, TimePrecision.Minutes, TimeZoneId);
}
