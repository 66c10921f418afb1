using System.Diagnostics;

namespace ICP.Infrastructure.Persistence.Writes;

/// <summary>
/// One writer at a time on a SQLite database, queued without blocking a thread. SQLite allows one
/// writer anyway; left to the driver, waiting writers poll the lock with <c>Thread.Sleep(150)</c>,
/// each holding a thread-pool thread, in no particular order, for up to the command timeout. Here
/// they wait their turn asynchronously and in order. The driver's own (short) wait is left for a
/// lock held by another process (a backup, the sqlite3 shell, a second instance); once such a lock
/// has lasted the busy timeout, the whole queue is answered "busy" at once instead of each write
/// in turn waiting behind it.
/// </summary>
public sealed class SqliteWriteGate : IDisposable
{
    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(250);
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly AsyncLocal<bool> _heldHere = new();
    private long _lockedOutsideSince;

    /// <summary>True in the asynchronous flow of a write unit that holds the gate: its own saves need not queue again.</summary>
    public bool IsHeldHere => _heldHere.Value;

    /// <summary>How long another process has kept the database locked, as far as the writers here have seen (zero when a write last got through).</summary>
    public TimeSpan LockedOutsideFor
    {
        get
        {
            var since = Interlocked.Read(ref _lockedOutsideSince);
            return since == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(since);
        }
    }

    /// <summary>
    /// Waits for the turn to write: at most <paramref name="queueTimeout"/> behind this process's
    /// other writes (they are moving), and no longer once the database has been locked from outside
    /// for <paramref name="busyTimeout"/>. False when the wait ran out.
    /// </summary>
    public async Task<bool> TryEnterAsync(TimeSpan queueTimeout, TimeSpan busyTimeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (LockedOutsideFor >= busyTimeout)
            {
                return false;
            }

            var left = queueTimeout - Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            if (await _turn.WaitAsync(left < Slice ? left : Slice, cancellationToken))
            {
                return true;
            }
        }
    }

    /// <inheritdoc cref="TryEnterAsync"/>
    public bool TryEnter(TimeSpan queueTimeout, TimeSpan busyTimeout)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (LockedOutsideFor >= busyTimeout)
            {
                return false;
            }

            var left = queueTimeout - Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            if (_turn.Wait(left < Slice ? left : Slice))
            {
                return true;
            }
        }
    }

    public void Exit() => _turn.Release();

    /// <summary>
    /// Marks the calling flow as holding the gate. Call it from the method that entered (an
    /// AsyncLocal set inside an awaited callee would not flow back to the caller).
    /// </summary>
    public void MarkHeldHere(bool held) => _heldHere.Value = held;

    /// <summary>The turn holder found the database locked by another process.</summary>
    public void NoteLockedOutside() => Interlocked.CompareExchange(ref _lockedOutsideSince, Stopwatch.GetTimestamp(), 0);

    /// <summary>A write got the lock: whatever held it from outside has let go.</summary>
    public void NoteWriteThrough() => Interlocked.Exchange(ref _lockedOutsideSince, 0);

    public void Dispose() => _turn.Dispose();
}
