using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Applications;

/// <summary>Runs <see cref="DocumentFilesWorkflow.SweepAsync"/> at start-up and then every <see cref="UploadOptions.SweepInterval"/>.</summary>
public sealed partial class DocumentFileSweeper(IServiceScopeFactory scopes, IOptions<UploadOptions> options, ILogger<DocumentFileSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Real time, not the portal's clock: a simulated clock standing still must not stop the sweep.
        using var timer = new PeriodicTimer(options.Value.SweepInterval, TimeProvider.System);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DocumentFilesWorkflow>().SweepAsync(stoppingToken);
            }
            catch (Exception problem) when (problem is not OperationCanceledException)
            {
                // A busy database or a locked file: the next round tries again.
                LogFailed(logger, problem);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "File sweep failed; it runs again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception problem);
}
