using MimeKit;

namespace ICP.Infrastructure.Email;

/// <summary>
/// Writes each message as an .eml file (the format mail clients open) into a folder, so that a
/// newcomer running the portal locally can read the confirmation e-mail and click its link.
/// </summary>
public sealed class PickupFolderMailTransport(string folder) : IMailTransport
{
    public string Folder { get; } = folder;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{message.Date.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(Folder, name + ".tmp");
        await using (var stream = File.Create(temporary))
        {
            await message.WriteToAsync(stream, cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }

        // Readers never see a half-written file.
        File.Move(temporary, Path.Combine(Folder, name));
    }
}
