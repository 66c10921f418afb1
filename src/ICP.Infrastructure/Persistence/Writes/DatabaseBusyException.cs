namespace ICP.Infrastructure.Persistence.Writes;

/// <summary>
/// The database did not accept a write within the busy budget (<c>Database:BusyTimeout</c>), or
/// cannot be written at all just now. Nothing was written; the visitor is told to try again (503
/// with Retry-After) and keeps what they typed.
/// </summary>
public sealed class DatabaseBusyException(DatabaseFailureKind kind, Exception? cause)
    : Exception(kind == DatabaseFailureKind.Unavailable ? "The database cannot be written just now." : "The database stayed busy for longer than the busy timeout.", cause)
{
    public DatabaseFailureKind Kind { get; } = kind;
}
