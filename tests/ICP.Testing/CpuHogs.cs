namespace ICP.Testing;

/// <summary>
/// Keeps every core busy while a test runs (a machine doing other work at the deadline rush): one
/// spinning thread per core, below normal priority like the other work would be, until disposed,
/// and in any case for at most two minutes.
/// </summary>
public sealed class CpuHogs : IDisposable
{
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(2);
    private readonly CancellationTokenSource _stop = new(Longest);
    private readonly List<Thread> _threads = [];

    private CpuHogs()
    {
    }

    public static CpuHogs Start()
    {
        var hogs = new CpuHogs();
        for (var i = 0; i < Environment.ProcessorCount; i++)
        {
            var thread = new Thread(hogs.Spin) { IsBackground = true, Name = $"cpu-hog-{i}" };
            hogs._threads.Add(thread);
            thread.Start();
        }

        return hogs;
    }

    public void Dispose()
    {
        _stop.Cancel();
        foreach (var thread in _threads)
        {
            thread.Join();
        }

        _stop.Dispose();
    }

    private void Spin()
    {
        var token = _stop.Token;
        var sink = 0UL;
        while (!token.IsCancellationRequested)
        {
            for (var i = 0; i < 100_000; i++)
            {
                sink = (sink * 6364136223846793005UL) + 1442695040888963407UL;
            }
        }

        GC.KeepAlive(sink);
    }
}
