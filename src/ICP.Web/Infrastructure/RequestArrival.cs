namespace ICP.Web.Infrastructure;

/// <summary>
/// The instant a request reached the portal, by the portal's clock, taken before anything else
/// runs. Deadlines are judged against it, not against the moment the work happens to be done, so a
/// slow upload that arrived at 23:59:59 is on time and nothing the client sends can move it.
/// </summary>
public sealed class RequestArrivalFeature(DateTimeOffset arrivedAt)
{
    public DateTimeOffset ArrivedAt { get; } = arrivedAt;
}

public static class RequestArrival
{
    public static IApplicationBuilder UseRequestArrivalTime(this IApplicationBuilder app)
    {
        var clock = app.ApplicationServices.GetRequiredService<TimeProvider>();
        return app.Use((context, next) =>
        {
            context.Features.Set(new RequestArrivalFeature(clock.GetUtcNow()));
            return next(context);
        });
    }

    public static DateTimeOffset ArrivedAt(this HttpContext context) =>
        context.Features.Get<RequestArrivalFeature>()?.ArrivedAt
        ?? throw new InvalidOperationException("UseRequestArrivalTime must run first in the pipeline.");
}
