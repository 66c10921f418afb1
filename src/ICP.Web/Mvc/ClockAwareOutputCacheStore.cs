using System.Buffers.Binary;
using Microsoft.AspNetCore.OutputCaching;

namespace ICP.Web.Mvc;

/// <summary>
/// Keeps a cached page no longer than the portal's clock says it is true. The stores count an
/// entry's lifetime in real time; the portal's clock can be simulated (a demo, a test that moves
/// it past the deadline, or back before the call opened), so each entry carries the instants it was
/// stored and expires by the portal's clock and is served only between them. Works the same over
/// the in-memory store and Redis.
/// </summary>
public sealed class ClockAwareOutputCacheStore(IOutputCacheStore inner, TimeProvider clock) : IOutputCacheStore
{
    private const int Header = 2 * sizeof(long);

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var stored = await inner.GetAsync(key, cancellationToken);
        if (stored is null || stored.Length < Header)
        {
            return null;
        }

        var storedAt = BinaryPrimitives.ReadInt64LittleEndian(stored);
        var expiresAt = BinaryPrimitives.ReadInt64LittleEndian(stored.AsSpan(sizeof(long)));
        var now = clock.GetUtcNow().UtcTicks;
        return storedAt <= now && now < expiresAt ? stored[Header..] : null;
    }

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var stored = new byte[Header + value.Length];
        var now = clock.GetUtcNow();
        BinaryPrimitives.WriteInt64LittleEndian(stored, now.UtcTicks);
        BinaryPrimitives.WriteInt64LittleEndian(stored.AsSpan(sizeof(long)), (now + validFor).UtcTicks);
        value.CopyTo(stored, Header);
        return inner.SetAsync(key, stored, tags, validFor, cancellationToken);
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) =>
        inner.EvictByTagAsync(tag, cancellationToken);
}
