using ICP.Web.Mvc;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Activities;

/// <summary>
/// Runs <see cref="CityPlacesRelease.ReleaseDueAsync"/> at start-up and then every
/// <see cref="CityPlacesOptions.ReleaseCheckInterval"/> (unless <see cref="CityPlacesOptions.RunReleaser"/>
/// is off); whether a cut-off has passed is asked of the portal's clock.
/// </summary>
public sealed class CityPlacesReleaser(IServiceScopeFactory scopes, IOptions<CityPlacesOptions> options, ILogger<CityPlacesReleaser> logger) : PeriodicJob(scopes, logger)
{
    protected override TimeSpan Interval => options.Value.ReleaseCheckInterval;

    protected override string Purpose => "Releasing the conference places kept for the cities";

    protected override bool Enabled => options.Value.RunReleaser;

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<CityPlacesRelease>().ReleaseDueAsync(cancellationToken);
}
