using System.ComponentModel.DataAnnotations;

namespace ICP.Web.Configuration;

/// <summary>Settings under <c>OutputCache</c> (<see cref="OutputCacheSetup"/>).</summary>
public sealed class PublicPageCacheOptions
{
    /// <summary><c>OutputCache:Enabled</c>: serve anonymous visitors the public pages from the output cache.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>OutputCache:MaxAge</c>: the longest a cached page is kept when nothing evicts it sooner.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ParseLimitsInInvariantCulture = true, ErrorMessage = "OutputCache:MaxAge must be between 00:00:01 and 1.00:00:00 (a day).")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
