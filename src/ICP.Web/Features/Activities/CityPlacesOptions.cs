using System.ComponentModel.DataAnnotations;

namespace ICP.Web.Features.Activities;

/// <summary>
/// The <c>Activities</c> settings: how often an instance looks for a conference whose delegates'
/// cut-off has passed, to give the public the places the cities did not use (ADR 19).
/// </summary>
public sealed class CityPlacesOptions
{
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ParseLimitsInInvariantCulture = true, ErrorMessage = "Activities:ReleaseCheckInterval must be between 00:00:01 and 01:00:00.")]
    public TimeSpan ReleaseCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary><c>Activities:RunReleaser</c>: run the check in this instance (several may: a release is done once, under the activity's token).</summary>
    public bool RunReleaser { get; set; } = true;
}
