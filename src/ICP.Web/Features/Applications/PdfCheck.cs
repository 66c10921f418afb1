namespace ICP.Web.Features.Applications;

/// <summary>Checks a file's content, not its name: a PDF starts with "%PDF-" and ends with "%%EOF".</summary>
public static class PdfCheck
{
    public static async Task<bool> LooksLikePdfAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (!stream.CanSeek || stream.Length < 16)
        {
            return false;
        }

        var head = new byte[1024];
        stream.Position = 0;
        var read = await stream.ReadAsync(head, cancellationToken);
        if (!head.AsSpan(0, Math.Min(read, 8)).StartsWith("%PDF-"u8))
        {
            return false;
        }

        var tailLength = (int)Math.Min(2048, stream.Length);
        var tail = new byte[tailLength];
        stream.Position = stream.Length - tailLength;
        await stream.ReadExactlyAsync(tail, cancellationToken);
        return tail.AsSpan().IndexOf("%%EOF"u8) >= 0;
    }
}
