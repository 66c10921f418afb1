using ICP.Infrastructure.Persistence.Writes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace ICP.UnitTests.Persistence;

/// <summary>What the write policy retries, answers 503, or lets through as a defect.</summary>
public sealed class DatabaseFailureTests
{
    [Theory]
    [InlineData(5, 5, DatabaseFailureKind.Busy)]
    [InlineData(6, 6, DatabaseFailureKind.Busy)]
    [InlineData(5, 517, DatabaseFailureKind.Busy)] // SQLITE_BUSY_SNAPSHOT: a deferred transaction that could not upgrade
    [InlineData(8, 8, DatabaseFailureKind.Unavailable)] // read-only file or folder
    [InlineData(14, 14, DatabaseFailureKind.Unavailable)] // cannot open (folder gone, -wal not creatable)
    [InlineData(13, 13, DatabaseFailureKind.Unavailable)] // disk full
    [InlineData(10, 10, DatabaseFailureKind.Unavailable)] // I/O error
    [InlineData(19, 2067, DatabaseFailureKind.DuplicateKey)]
    [InlineData(19, 1555, DatabaseFailureKind.DuplicateKey)]
    [InlineData(19, 787, DatabaseFailureKind.Other)] // foreign key: a defect, never retried
    [InlineData(19, 1299, DatabaseFailureKind.Other)] // NOT NULL: a defect
    [InlineData(1, 1, DatabaseFailureKind.Other)] // SQL error (no such table): a defect
    public void Classify_SqliteErrorWrappedByEf_IsKnownByItsCode(int code, int extendedCode, DatabaseFailureKind expected)
    {
        var wrapped = new DbUpdateException("An error occurred while saving.", new SqliteException("SQLite error", code, extendedCode));

        Assert.Equal(expected, DatabaseFailure.Classify(wrapped));
    }

    [Fact]
    public void Classify_ConcurrencyTokenConflict_IsAConflictToDecideAgain() =>
        Assert.Equal(DatabaseFailureKind.Conflict, DatabaseFailure.Classify(new DbUpdateConcurrencyException("0 rows affected")));

    [Fact]
    public void Classify_AnythingElse_IsNotRetried() =>
        Assert.Equal(DatabaseFailureKind.Other, DatabaseFailure.Classify(new InvalidOperationException("a bug")));

    [Fact]
    public void IsTemporary_BusyAndUnavailable_AreAnswered503_ADefectIsNot()
    {
        Assert.True(DatabaseFailure.IsTemporary(new DatabaseBusyException(DatabaseFailureKind.Busy, null)));
        Assert.True(DatabaseFailure.IsTemporary(new SqliteException("database is locked", 5)));
        Assert.True(DatabaseFailure.IsTemporary(new SqliteException("attempt to write a readonly database", 8)));
        Assert.False(DatabaseFailure.IsTemporary(new SqliteException("UNIQUE constraint failed", 19, 2067)));
        Assert.False(DatabaseFailure.IsTemporary(new InvalidOperationException()));
    }

    [Fact]
    public void Backoff_GrowsFromTwentyMilliseconds_IsJittered_AndNeverExceedsThreeQuartersOfASecond()
    {
        var first = Enumerable.Range(0, 200).Select(_ => DatabaseWrites.Backoff(1)).ToList();
        var late = Enumerable.Range(0, 200).Select(_ => DatabaseWrites.Backoff(20)).ToList();

        Assert.All(first, d => Assert.InRange(d.TotalMilliseconds, 10, 30));
        Assert.All(late, d => Assert.InRange(d.TotalMilliseconds, 250, 750));
        Assert.True(first.Distinct().Count() > 100, "no jitter");
    }
}
