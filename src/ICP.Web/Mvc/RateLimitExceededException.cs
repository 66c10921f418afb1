namespace ICP.Web.Mvc;

/// <summary>
/// A request over one of the portal's limits (<see cref="PortalRateLimits"/>): nothing was done for it.
/// The action that shows a form catches it and shows the form again as typed (429, Retry-After,
/// the "too many, wait" banner); any other action is answered by <see cref="DatabaseBusyFilter"/>.
/// </summary>
public sealed class RateLimitExceededException(string policy, TimeSpan retryAfter)
    : Exception($"Rate limit '{policy}' reached: retry after {retryAfter.TotalSeconds:0} s")
{
    public string Policy { get; } = policy;

    public TimeSpan RetryAfter { get; } = retryAfter;
}
