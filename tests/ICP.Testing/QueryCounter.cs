using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ICP.Testing;

/// <summary>
/// Counts the SQL commands the portal sends while serving requests, by request path (commands of
/// background work, such as the outbox worker, have no request and are not counted). Deterministic,
/// unlike a timing: a page that starts making one more round trip fails its test.
/// </summary>
public sealed class QueryCounter(IHttpContextAccessor requests) : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(string Path, string Sql)> _commands = new();

    /// <summary>The SQL sent while serving <paramref name="path"/> since the last <see cref="Clear"/>.</summary>
    public IReadOnlyList<string> For(string path) => [.. _commands.Where(c => c.Path == path).Select(c => c.Sql)];

    public void Clear() => _commands.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        if (requests.HttpContext?.Request is { } request)
        {
            _commands.Enqueue((request.Path.Value + request.QueryString.Value, command.CommandText));
        }
    }
}
