using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ICP.Infrastructure.Persistence.Writes;

/// <summary>
/// Every SaveChanges on SQLite that is not already inside a write unit (Identity's stores, the
/// outbox worker, Data Protection keys, the seeder) takes its turn at the <see cref="SqliteWriteGate"/>
/// too, so the whole process has one queue of writers. Not registered for SQL Server.
/// </summary>
public sealed class SqliteWriteInterceptor(SqliteWriteGate gate, DatabaseWriteSettings settings) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _holding = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && !gate.IsHeldHere && context.Database.CurrentTransaction is null)
        {
            if (!await gate.TryEnterAsync(settings.QueueTimeout, cancellationToken))
            {
                throw new DatabaseBusyException(DatabaseFailureKind.Busy, null);
            }

            _holding.AddOrUpdate(context, gate);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && !gate.IsHeldHere && context.Database.CurrentTransaction is null)
        {
            if (!gate.TryEnter(settings.QueueTimeout))
            {
                throw new DatabaseBusyException(DatabaseFailureKind.Busy, null);
            }

            _holding.AddOrUpdate(context, gate);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context, saved: true);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, saved: true);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    // EF reports a concurrency conflict here and then throws without calling SaveChangesFailed: the
    // turn must be given back now, or every later write of the process waits for it in vain (found
    // with two instances preparing the same e-mail: the loser's gate stayed held, its next writes
    // answered 503 after the queue timeout).
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    private void Release(DbContext? context, bool saved = false)
    {
        if (context is not null && _holding.Remove(context))
        {
            if (saved)
            {
                gate.NoteWriteThrough();
            }

            gate.Exit();
        }
    }
}
