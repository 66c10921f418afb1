using System.Diagnostics;

namespace ICP.Infrastructure.Persistence.Writes;

/// <summary>
/// One writer at a time on a SQLite database, queued without blocking a thread. SQLite allows one
/// writer anyway; left to the driver, waiting writers poll the lock with <c>Thread.Sleep(150)</c>,
/// each holding a thread-pool thread, in no particular order, for up to the command timeout. Here
/// they wait their turn asynchronously and first come, first served. The driver's own (short) wait
/// is left for a lock held by another process (a backup, the sqlite3 shell, a second instance);
/// once such a lock has lasted the busy timeout, the queue is answered "busy" at once instead of
/// each write in turn waiting behind it, and only the next write to find the gate free tries again.
/// </summary>
public sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly AsyncLocal<bool> _heldHere = new();
    private long _lockedOutsideSince;
    private CancellationTokenSource _lockedOut = new();

    /// <summary>True in the asynchronous flow of a write unit that holds the gate: its own saves need not queue again.</summary>
    public bool IsHeldHere => _heldHere.Value;

    /// <summary>How long another process has kept the database locked, as far as the writers here have seen (zero once a write got through).</summary>
    public TimeSpan LockedOutsideFor
    {
        get
        {
            var since = Interlocked.Read(ref _lockedOutsideSince);
            return since == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(since);
        }
    }

    /// <summary>
    /// Waits for the turn to write, at most <paramref name="queueTimeout"/> behind this process's
    /// other writes (they are moving), and not at all once the database is known to be locked from
    /// outside for longer than the busy timeout (<see cref="NoteLockedOutside"/>), unless the gate
    /// is free. False when the wait ran out or was given up.
    /// </summary>
    public async Task<bool> TryEnterAsync(TimeSpan queueTimeout, CancellationToken cancellationToken)
    {
        if (_turn.Wait(0, CancellationToken.None))
        {
            return true;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, Volatile.Read(ref _lockedOut).Token);
        try
        {
            return await _turn.WaitAsync(queueTimeout, wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <inheritdoc cref="TryEnterAsync"/>
    public bool TryEnter(TimeSpan queueTimeout)
    {
        if (_turn.Wait(0, CancellationToken.None))
        {
            return true;
        }

        try
        {
            return _turn.Wait(queueTimeout, Volatile.Read(ref _lockedOut).Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Exit() => _turn.Release();

    /// <summary>
    /// Marks the calling flow as holding the gate. Call it from the method that entered (an
    /// AsyncLocal set inside an awaited callee would not flow back to the caller).
    /// </summary>
    public void MarkHeldHere(bool held) => _heldHere.Value = held;

    /// <summary>
    /// The turn holder found the database locked by another process. Once that has lasted
    /// <paramref name="busyTimeout"/>, the writes queued behind are released with "busy".
    /// </summary>
    public void NoteLockedOutside(TimeSpan busyTimeout)
    {
        Interlocked.CompareExchange(ref _lockedOutsideSince, Stopwatch.GetTimestamp(), 0);
        if (LockedOutsideFor >= busyTimeout)
        {
            Volatile.Read(ref _lockedOut).Cancel();
        }
    }

    /// <summary>A write got the lock: whatever held it from outside has let go, and writes queue again.</summary>
    public void NoteWriteThrough()
    {
        if (Interlocked.Exchange(ref _lockedOutsideSince, 0) != 0 && Volatile.Read(ref _lockedOut).IsCancellationRequested)
        {
            // Waiters still linked to the old source were already told "busy"; new ones wait again.
            Interlocked.Exchange(ref _lockedOut, new CancellationTokenSource());
        }
    }

    public void Dispose()
    {
        _turn.Dispose();
        _lockedOut.Dispose();
    }
}
