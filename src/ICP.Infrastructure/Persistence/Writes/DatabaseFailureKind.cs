namespace ICP.Infrastructure.Persistence.Writes;

/// <summary>What kind of failure a database exception is, for the one retry policy (<see cref="DatabaseWrites"/>).</summary>
public enum DatabaseFailureKind
{
    /// <summary>Not a database failure the policy knows: never retried.</summary>
    Other,

    /// <summary>Another writer holds the lock (SQLite busy/locked, SQL Server deadlock or lock timeout): retried within the busy budget.</summary>
    Busy,

    /// <summary>The database cannot be written at all just now (read-only, cannot open, disk full, I/O error): not retried, answered 503.</summary>
    Unavailable,

    /// <summary>A concurrency token changed between the read and the write: decided again on fresh data.</summary>
    Conflict,

    /// <summary>A unique key refused the write: a race only where the unit was not serialised (SQL Server).</summary>
    DuplicateKey,
}
