using System.ComponentModel.DataAnnotations;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ICP.Infrastructure.Email;

/// <summary>Settings in the <c>Email</c> section.</summary>
public sealed class EmailOptions : IValidatableObject
{
    /// <summary>The sender every message carries.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Email:From must name the sender of the portal's e-mails.")]
    public string From { get; set; } = "ICP portal <no-reply@icp-portal.europa.example>";

    /// <summary>Where messages go when no SMTP host is set: .eml files, one per message.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Email:PickupFolder must not be empty (where e-mails go without SMTP).")]
    public string PickupFolder { get; set; } = "App_Data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>How often the outbox worker looks for due messages when nothing wakes it sooner.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ParseLimitsInInvariantCulture = true, ErrorMessage = "Email:OutboxPollInterval must be between 00:00:00.100 and 01:00:00.")]
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary><c>Email:RunOutboxWorker</c>: deliver the outbox (and prepare account e-mails) in this instance.</summary>
    public bool RunOutboxWorker { get; set; } = true;

    /// <summary><c>Email:UnsolicitedPerRecipientPerHour</c>: messages a stranger can cause to one address in an hour.</summary>
    [Range(1, 1000, ErrorMessage = "Email:UnsolicitedPerRecipientPerHour must be between 1 and 1000.")]
    public int UnsolicitedPerRecipientPerHour { get; set; } = 5;

    // Nested options are not validated by data annotations on their own: the SMTP part is checked here.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(Smtp, new ValidationContext(Smtp), results, validateAllProperties: true);
        return results;
    }
}

public sealed class SmtpOptions
{
    /// <summary>SMTP server; when empty, the pickup folder is used.</summary>
    public string? Host { get; set; }

    [Range(1, 65535, ErrorMessage = "Email:Smtp:Port must be a port number (1 to 65535).")]
    public int Port { get; set; } = 587;

    /// <summary>Auto (STARTTLS when offered), StartTls, SslOnConnect or None.</summary>
    [RegularExpression("(?i)^(Auto|StartTls|SslOnConnect|None)$", ErrorMessage = "Email:Smtp:Security must be Auto, StartTls, SslOnConnect or None.")]
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

/// <summary>Hands one finished message to its carrier. Failures throw; the outbox retries.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Delivers through an SMTP server with MailKit.</summary>
public sealed class SmtpMailTransport(IOptions<EmailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(smtp.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set."), smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

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
