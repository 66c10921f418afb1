using ICP.Web.Mvc;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Applications;

/// <summary>Runs <see cref="DocumentFilesWorkflow.SweepAsync"/> at start-up and then every <see cref="UploadOptions.SweepInterval"/>.</summary>
public sealed class DocumentFileSweeper(IServiceScopeFactory scopes, IOptions<UploadOptions> options, ILogger<DocumentFileSweeper> logger) : PeriodicJob(scopes, logger)
{
    protected override TimeSpan Interval => options.Value.SweepInterval;

    protected override string Purpose => "File sweep";

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DocumentFilesWorkflow>().SweepAsync(cancellationToken);
}
