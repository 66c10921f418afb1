namespace ICP.Infrastructure.Persistence.Writes;

/// <summary>How long a write may wait for the database, and how often a conflict is decided again.</summary>
/// <param name="Provider">SQLite units run inside BEGIN IMMEDIATE behind the <see cref="SqliteWriteGate"/>; SQL Server's do not.</param>
/// <param name="BusyTimeout">
/// <c>Database:BusyTimeout</c> (5 s by default): the longest the portal keeps trying while the
/// database is locked by someone else (another process on SQLite; a deadlock or lock timeout on
/// SQL Server). Then the write is answered "busy, try again" (503).
/// </param>
/// <param name="QueueTimeout">
/// <c>Database:WriteQueueTimeout</c> (30 s by default): the longest a write waits for its turn
/// behind the portal's own other writes on SQLite. They are all moving, one at a time, so under a
/// deadline rush a write waits in line rather than being refused.
/// </param>
public sealed record DatabaseWriteSettings(DatabaseProvider Provider, TimeSpan BusyTimeout, TimeSpan QueueTimeout)
{
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    public static readonly TimeSpan DefaultQueueTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How many times a unit runs when its writes keep meeting concurrent changes (SQL Server; never needed on SQLite, where units are serialised).</summary>
    public const int ConflictAttempts = 8;
}
