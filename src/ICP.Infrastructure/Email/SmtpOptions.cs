using System.ComponentModel.DataAnnotations;

namespace ICP.Infrastructure.Email;

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
