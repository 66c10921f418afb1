using System.Diagnostics;
using ICP.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ICP.Infrastructure.Persistence.Writes;

/// <summary>
/// The portal's one retry policy, around a read-decide-write unit (ADR 12).
/// <list type="bullet">
/// <item>On SQLite the unit waits its turn at the <see cref="SqliteWriteGate"/> and runs inside
/// <c>BEGIN IMMEDIATE</c>: it reads, decides and writes holding the write lock, so no other write can
/// come between its read and its write, and a deferred transaction can never fail to upgrade.</item>
/// <item>On SQL Server it runs in a transaction of the default isolation (so a unit that saves more
/// than once commits all or nothing) inside the provider's execution strategy (retry-on-failure for
/// dropped connections): nothing is serialised, concurrency tokens and unique keys catch a race.</item>
/// <item>Every attempt starts from a clean change tracker, so it decides on what the database holds.
/// Retried: a busy or locked database, with
/// jittered back-off, while the busy budget lasts; a concurrency-token conflict or (on SQL Server
/// only, where a unit is not serialised) a unique-key race, up to <see cref="DatabaseWriteSettings.ConflictAttempts"/> times.</item>
/// <item>Never retried: any other failure, including a unique key refused on SQLite, where it cannot
/// be a race. The unit's own domain exceptions pass through.</item>
/// <item>What the retries could not resolve ends as <see cref="EditConflictException"/> (someone changed it: look again)
/// or <see cref="DatabaseBusyException"/> (busy or unavailable: try again, 503).</item>
/// </list>
/// </summary>
public sealed partial class DatabaseWrites(IcpDbContext db, DatabaseWriteSettings settings, SqliteWriteGate gate, ILogger<DatabaseWrites> logger)
{
    private static readonly AsyncLocal<bool> InUnit = new();

    public async Task RunAsync(Func<CancellationToken, Task> unit, CancellationToken cancellationToken) =>
        await RunAsync(async token =>
        {
            await unit(token);
            return true;
        }, cancellationToken);

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> unit, CancellationToken cancellationToken)
    {
        if (InUnit.Value)
        {
            // Called from inside another unit: its transaction, turn and retries already apply.
            return await unit(cancellationToken);
        }

        var started = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return settings.Provider == DatabaseProvider.Sqlite
                    ? await RunSerialisedAsync(unit, settings.QueueTimeout - Stopwatch.GetElapsedTime(started), cancellationToken)
                    : await RunInTransactionAsync(unit, cancellationToken);
            }
            catch (Exception exception) when (exception is not (DomainException or OperationCanceledException or DatabaseBusyException))
            {
                db.ChangeTracker.Clear();
                var kind = DatabaseFailure.Classify(exception);
                var elapsed = Stopwatch.GetElapsedTime(started);
                if (kind == DatabaseFailureKind.Busy && settings.Provider == DatabaseProvider.Sqlite)
                {
                    // Only another process can hold the lock while this unit holds the turn.
                    gate.NoteLockedOutside(settings.BusyTimeout);
                }

                var lockedFor = settings.Provider == DatabaseProvider.Sqlite ? gate.LockedOutsideFor : elapsed;
                switch (kind)
                {
                    case DatabaseFailureKind.Busy when lockedFor < settings.BusyTimeout:
                    case DatabaseFailureKind.Conflict when attempt < DatabaseWriteSettings.ConflictAttempts:
                    case DatabaseFailureKind.DuplicateKey when settings.Provider != DatabaseProvider.Sqlite && attempt < DatabaseWriteSettings.ConflictAttempts:
                        LogRetry(logger, kind, attempt, exception);
                        await Task.Delay(Backoff(attempt), cancellationToken);
                        continue;
                    case DatabaseFailureKind.Busy or DatabaseFailureKind.Unavailable:
                        LogGaveUp(logger, kind, attempt, elapsed.TotalMilliseconds, exception);
                        throw new DatabaseBusyException(kind, exception);
                    case DatabaseFailureKind.Conflict:
                        LogGaveUp(logger, kind, attempt, elapsed.TotalMilliseconds, exception);
                        throw new EditConflictException(null, null);
                    default:
                        throw;
                }
            }
            catch (DatabaseBusyException busy)
            {
                db.ChangeTracker.Clear();
                LogGaveUp(logger, busy.Kind, attempt, Stopwatch.GetElapsedTime(started).TotalMilliseconds, busy);
                throw;
            }
            catch (DomainException)
            {
                // The unit decided (a rule refused it): nothing of it was written; the next unit starts clean.
                db.ChangeTracker.Clear();
                throw;
            }
        }
    }

    /// <summary>Exponential from 20 ms, at most 500 ms, each delay drawn between half and one and a half of it so that racers spread out.</summary>
    public static TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(500, 20 * (1 << Math.Min(attempt - 1, 5)));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + Random.Shared.NextDouble()));
    }

    private async Task<T> RunSerialisedAsync<T>(Func<CancellationToken, Task<T>> unit, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (wait <= TimeSpan.Zero || !await gate.TryEnterAsync(wait, cancellationToken))
        {
            throw new DatabaseBusyException(DatabaseFailureKind.Busy, null);
        }

        db.ChangeTracker.Clear();
        gate.MarkHeldHere(true);
        InUnit.Value = true;
        var entered = Stopwatch.GetTimestamp();
        try
        {
            // Microsoft.Data.Sqlite begins a transaction as BEGIN IMMEDIATE: the write lock is taken
            // before the first read, or the driver's bounded wait for it ends in "busy".
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            gate.NoteWriteThrough();
            var result = await unit(cancellationToken);

            // Decided and written: commit even if the visitor has gone (nothing is acknowledged before this).
            await transaction.CommitAsync(CancellationToken.None);
            return result;
        }
        finally
        {
            InUnit.Value = false;
            gate.MarkHeldHere(false);
            gate.Exit();
            var held = Stopwatch.GetElapsedTime(entered);
            LogHeld(logger, held.TotalMilliseconds);
        }
    }

    private Task<T> RunInTransactionAsync<T>(Func<CancellationToken, Task<T>> unit, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            // The strategy may run this again after a dropped connection: from a clean tracker too.
            db.ChangeTracker.Clear();
            InUnit.Value = true;
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var result = await unit(token);
                await transaction.CommitAsync(CancellationToken.None);
                return result;
            }
            finally
            {
                InUnit.Value = false;
            }
        }, cancellationToken);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Write unit held the SQLite write turn for {HeldMs:0.0} ms")]
    private static partial void LogHeld(ILogger logger, double heldMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Write unit met {Kind} on attempt {Attempt}; deciding again on fresh data")]
    private static partial void LogRetry(ILogger logger, DatabaseFailureKind kind, int attempt, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Write unit gave up: {Kind} after {Attempts} attempt(s) in {ElapsedMs:0} ms")]
    private static partial void LogGaveUp(ILogger logger, DatabaseFailureKind kind, int attempts, double elapsedMs, Exception exception);
}
