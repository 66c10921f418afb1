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

    /// <summary>
    /// <c>OutputCache:CallMaxAge</c>: the longest the published call's reference data is kept in an
    /// instance's memory when nothing evicts it sooner (<see cref="Features.Calls.CallCache"/>); zero
    /// reads it from the database for every page.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ParseLimitsInInvariantCulture = true, ErrorMessage = "OutputCache:CallMaxAge must be between 00:00:00 (not kept) and 01:00:00 (an hour).")]
    public TimeSpan CallMaxAge { get; set; } = TimeSpan.FromMinutes(5);
}
