namespace ICP.Web.Mvc;

/// <summary>
/// A background job run at start-up and then every <see cref="Interval"/> of real time (a simulated
/// clock standing still must not stop it; what is due is for the job to ask the portal's clock),
/// each round in its own service scope. A round that fails (a busy database, a locked file) is
/// logged as a warning and the next round tries again.
/// </summary>
public abstract partial class PeriodicJob(IServiceScopeFactory scopes, ILogger logger) : BackgroundService
{
    /// <summary>Real time between rounds.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>What the job does, for the log line of a failed round.</summary>
    protected abstract string Purpose { get; }

    /// <summary>Whether this instance runs the job at all.</summary>
    protected virtual bool Enabled => true;

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, TimeProvider.System);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunOnceAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception problem) when (problem is not OperationCanceledException)
            {
                LogFailed(logger, Purpose, problem);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Purpose} failed; it runs again at the next interval")]
    private static partial void LogFailed(ILogger logger, string purpose, Exception problem);
}
