using System.Diagnostics;
using ICP.Infrastructure.Persistence.Writes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ICP.Infrastructure.Email;

/// <summary>Runs the dispatcher whenever signalled, and at least every poll interval.</summary>
public sealed partial class OutboxWorker(
    IServiceScopeFactory scopes, OutboxSignal signal, IOptions<EmailOptions> options, ILogger<OutboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan HousekeepingInterval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long? lastHousekeeping = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (lastHousekeeping is null || Stopwatch.GetElapsedTime(lastHousekeeping.Value) > HousekeepingInterval)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RemoveExpiredContentAsync(stoppingToken);
                    lastHousekeeping = Stopwatch.GetTimestamp();
                }

                int attempted;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    attempted = 0;
                    foreach (var preparation in scope.ServiceProvider.GetServices<IOutboxPreparation>())
                    {
                        attempted += await preparation.PrepareAsync(stoppingToken);
                    }

                    attempted += await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(stoppingToken);
                }
                while (attempted > 0 && !stoppingToken.IsCancellationRequested);

                await signal.WaitAsync(options.Value.OutboxPollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be briefly busy or unavailable (a warning: the next round delivers);
                // anything else is a defect worth an error.
                if (DatabaseFailure.IsTemporary(exception))
                {
                    LogRoundPostponed(logger, exception.Message);
                }
                else
                {
                    LogRoundFailed(logger, exception);
                }

                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox round postponed: the database is busy or unavailable ({Reason})")]
    private static partial void LogRoundPostponed(ILogger logger, string reason);
}
