using ICP.Domain.Activities;

namespace ICP.Web.Features.Activities;

/// <summary>The kinds as they appear in staff URLs (/admin/activities/new/online-session).</summary>
public static class ActivityKinds
{
    public static string Slug(ActivityKind kind) => kind switch
    {
        ActivityKind.StudyVisit => "study-visit",
        ActivityKind.OnlineSession => "online-session",
        _ => "closing-conference",
    };

    public static ActivityKind? FromSlug(string? slug) => slug switch
    {
        "study-visit" => ActivityKind.StudyVisit,
        "online-session" => ActivityKind.OnlineSession,
        "closing-conference" => ActivityKind.ClosingConference,
        _ => null,
    };
}
