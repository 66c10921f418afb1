using MimeKit;

namespace ICP.Testing;

/// <summary>The pickup folder read as an inbox: the messages the portal actually delivered.</summary>
public sealed class Mailbox(string folder)
{
    public IReadOnlyList<MimeMessage> All()
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(path => MimeMessage.Load(path))];
    }

    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. All().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>Waits (the outbox worker delivers in the background) for a message to <paramref name="address"/> whose subject contains <paramref name="subject"/>.</summary>
    public async Task<MimeMessage> WaitForAsync(string address, string subject, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var matching = To(address).Where(m => m.Subject?.Contains(subject, StringComparison.Ordinal) == true).ToList();
            if (matching.Count >= count)
            {
                return matching[count - 1];
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No message {count} to {address} about '{subject}'. Delivered: {string.Join(" | ", All().Select(m => $"{m.To} {m.Subject}"))}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The first link in the message's text that starts with <paramref name="prefix"/> (e.g. "/account/confirm-email").</summary>
    public static Uri LinkIn(MimeMessage message, string prefix)
    {
        var text = message.TextBody ?? string.Empty;
        var link = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(w => w.StartsWith("http", StringComparison.Ordinal) && new Uri(w).AbsolutePath.StartsWith(prefix, StringComparison.Ordinal));
        return link is null ? throw new InvalidOperationException($"No link to {prefix} in: {text}") : new Uri(link);
    }
}
