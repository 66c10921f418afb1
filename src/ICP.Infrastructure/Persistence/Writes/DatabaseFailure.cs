using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ICP.Infrastructure.Persistence.Writes;

/// <summary>Classifies exceptions from either provider, looking through EF's wrappers.</summary>
public static class DatabaseFailure
{
    // SQLite primary result codes (https://www.sqlite.org/rescode.html).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    // SQL Server error numbers.
    private const int SqlServerDeadlockVictim = 1205;
    private const int SqlServerLockTimeout = 1222;
    private const int SqlServerUniqueIndex = 2601;
    private const int SqlServerUniqueConstraint = 2627;

    public static DatabaseFailureKind Classify(Exception exception)
    {
        if (exception is DbUpdateConcurrencyException)
        {
            return DatabaseFailureKind.Conflict;
        }

        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode switch
                    {
                        SqliteBusy or SqliteLocked => DatabaseFailureKind.Busy,
                        SqliteReadOnly or SqliteIoError or SqliteFull or SqliteCantOpen => DatabaseFailureKind.Unavailable,
                        SqliteConstraint when sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey => DatabaseFailureKind.DuplicateKey,
                        _ => DatabaseFailureKind.Other,
                    };
                case SqlException sqlServer:
                    return sqlServer.Number switch
                    {
                        SqlServerDeadlockVictim or SqlServerLockTimeout => DatabaseFailureKind.Busy,
                        SqlServerUniqueIndex or SqlServerUniqueConstraint => DatabaseFailureKind.DuplicateKey,
                        _ => DatabaseFailureKind.Other,
                    };
            }
        }

        return DatabaseFailureKind.Other;
    }

    /// <summary>Busy or unavailable: the visitor is asked to try again (503), nothing is lost.</summary>
    public static bool IsTemporary(Exception exception) =>
        exception is DatabaseBusyException || Classify(exception) is DatabaseFailureKind.Busy or DatabaseFailureKind.Unavailable;
}
