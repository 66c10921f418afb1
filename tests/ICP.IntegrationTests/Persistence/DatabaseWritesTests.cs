using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ICP.IntegrationTests.Persistence;

/// <summary>The write policy on a real SQLite file: the lock taken up front, what is retried and what is not.</summary>
public sealed class DatabaseWritesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Unit_HoldsTheWriteLockFromBeforeItsFirstRead()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var writes = scope.ServiceProvider.GetRequiredService<DatabaseWrites>();
        var db = scope.ServiceProvider.GetRequiredService<IcpDbContext>();

        var otherWriter = await writes.RunAsync(async token =>
        {
            // Nothing read or written yet, and already no other writer can begin.
            await using var other = new SqliteConnection($"Data Source={portal.DatabasePath};Default Timeout=1;Pooling=False");
            await other.OpenAsync(token);
            await using var begin = other.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE;";
            var refused = await Assert.ThrowsAsync<SqliteException>(() => begin.ExecuteNonQueryAsync(token));
            return (await db.Themes.CountAsync(token), refused.SqliteErrorCode);
        }, TestContext.Current.CancellationToken);

        Assert.Equal(4, otherWriter.Item1);
        Assert.Equal(5, otherWriter.SqliteErrorCode);
    }

    [Fact]
    public async Task SaveOutsideAUnit_ThatMeetsAConcurrencyConflict_GivesTheWriteTurnBack()
    {
        // A save outside a unit (Identity, the outbox worker) queues at the gate through the
        // interceptor; a conflict must not keep the turn, or every later write of the process waits.
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IcpDbContext>();
        var request = new ICP.Infrastructure.Identity.AccountEmailRequest(
            ICP.Infrastructure.Identity.AccountEmailKind.PasswordReset, "gone@city.example", "https://localhost", DateTimeOffset.UnixEpoch);
        db.AccountEmailRequests.Add(request);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        // Another instance handles the request first; this one's delete then touches no row.
        await db.AccountEmailRequests.Where(r => r.Id == request.Id).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        db.AccountEmailRequests.Remove(request);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));

        var gate = portal.Services.GetRequiredService<SqliteWriteGate>();
        Assert.True(await gate.TryEnterAsync(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken));
        gate.Exit();
    }

    [Fact]
    public async Task DuplicateKeyOnSqlite_IsARealError_NotRetried()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var writes = scope.ServiceProvider.GetRequiredService<DatabaseWrites>();
        var db = scope.ServiceProvider.GetRequiredService<IcpDbContext>();
        var runs = 0;
        portal.ServerErrors.Expect("the test runs a statement that breaks a primary key on purpose",
            e => e.Source == "Microsoft.EntityFrameworkCore.Database.Command" && e.Message.Contains("__EFMigrationsHistory", StringComparison.Ordinal));

        // Units run one at a time on SQLite, so a unique key refusing a write cannot be a race.
        var refused = await Assert.ThrowsAsync<SqliteException>(() => writes.RunAsync(async token =>
        {
            runs++;
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") SELECT \"MigrationId\", \"ProductVersion\" FROM \"__EFMigrationsHistory\" LIMIT 1;", token);
        }, TestContext.Current.CancellationToken));

        Assert.Equal(1, runs);
        Assert.Equal(DatabaseFailureKind.DuplicateKey, DatabaseFailure.Classify(refused));
    }

    [Fact]
    public async Task LockFromAnotherProcess_ShorterThanTheBusyTimeout_IsWaitedOut()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var writes = scope.ServiceProvider.GetRequiredService<DatabaseWrites>();
        var db = scope.ServiceProvider.GetRequiredService<IcpDbContext>();
        var other = new SqliteConnection($"Data Source={portal.DatabasePath};Pooling=False");
        await other.OpenAsync(TestContext.Current.CancellationToken);
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE;";
            await begin.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        // Let go after a second and a half: more than the driver's one-second wait, less than the 5 s budget.
        var release = Task.Run(async () =>
        {
            await Task.Delay(1500);
            await other.DisposeAsync();
        }, TestContext.Current.CancellationToken);

        var renamed = await writes.RunAsync(async token =>
        {
            var theme = await db.Themes.OrderBy(t => t.Id).FirstAsync(token);
            db.Entry(theme).Property(t => t.Order).CurrentValue = theme.Order;
            await db.SaveChangesAsync(token);
            return true;
        }, TestContext.Current.CancellationToken);

        await release;
        Assert.True(renamed);
    }

    [Fact]
    public async Task UnitCalledFromInsideAUnit_RunsInTheOuterOne_WithoutWaitingForItself()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var writes = scope.ServiceProvider.GetRequiredService<DatabaseWrites>();
        var db = scope.ServiceProvider.GetRequiredService<IcpDbContext>();

        var count = await writes.RunAsync(
            token => writes.RunAsync(inner => db.Themes.CountAsync(inner), token),
            TestContext.Current.CancellationToken);

        Assert.Equal(4, count);
    }
}
