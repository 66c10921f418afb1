namespace ICP.Web.TagHelpers;

/// <summary>How precisely an instant is shown.</summary>
public enum TimePrecision
{
    Date,
    Minutes,
    Seconds,
}
