using ICP.Infrastructure.Persistence.Writes;
using Xunit;

namespace ICP.UnitTests.Persistence;

/// <summary>The queue of writers on SQLite: one at a time, in order, bounded, and released at once when another process holds the file.</summary>
public sealed class SqliteWriteGateTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Writers_GetTheirTurnOneAtATime_InTheOrderTheyCame()
    {
        using var gate = new SqliteWriteGate();
        Assert.True(await gate.TryEnterAsync(Long, TestContext.Current.CancellationToken));

        // Each call joins the queue before it returns.
        var queued = Enumerable.Range(0, 5).Select(_ => gate.TryEnterAsync(Long, TestContext.Current.CancellationToken)).ToList();

        for (var turn = 0; turn < queued.Count; turn++)
        {
            Assert.All(queued.Skip(turn), waiting => Assert.False(waiting.IsCompleted));
            gate.Exit();
            Assert.True(await queued[turn]);
        }

        gate.Exit();
    }

    [Fact]
    public async Task Writer_BehindATurnThatIsNotGivenBack_StopsWaitingAtTheQueueTimeout()
    {
        using var gate = new SqliteWriteGate();
        Assert.True(await gate.TryEnterAsync(Long, TestContext.Current.CancellationToken));

        Assert.False(await gate.TryEnterAsync(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken));
        Assert.False(gate.TryEnter(TimeSpan.FromMilliseconds(100)));
    }

    [Fact]
    public async Task QueuedWriters_AreReleasedAtOnce_WhenTheFileHasBeenLockedFromOutsideForTheBusyTimeout()
    {
        using var gate = new SqliteWriteGate();
        Assert.True(await gate.TryEnterAsync(Long, TestContext.Current.CancellationToken));
        var queued = gate.TryEnterAsync(Long, TestContext.Current.CancellationToken);

        gate.NoteLockedOutside(TimeSpan.FromSeconds(10));
        Assert.False(queued.IsCompleted);
        gate.NoteLockedOutside(TimeSpan.Zero);

        Assert.False(await queued);
        Assert.False(await gate.TryEnterAsync(Long, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task FreeGate_IsEnteredEvenWhileLockedFromOutside_SoThatSomeoneFindsOutWhenTheLockGoes()
    {
        using var gate = new SqliteWriteGate();
        gate.NoteLockedOutside(TimeSpan.Zero);

        Assert.True(await gate.TryEnterAsync(Long, TestContext.Current.CancellationToken));
        gate.NoteWriteThrough();
        Assert.Equal(TimeSpan.Zero, gate.LockedOutsideFor);
        var queued = gate.TryEnterAsync(Long, TestContext.Current.CancellationToken);
        gate.Exit();

        Assert.True(await queued);
    }
}
