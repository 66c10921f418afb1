namespace ICP.Web.Mvc;

/// <summary>One policy of <see cref="PortalRateLimits"/>: requests per window per user and per network (0: not counted that way).</summary>
public sealed record RateLimitRule(string Name, int PerUser, int PerNetwork, TimeSpan Window);
