using System.ComponentModel.DataAnnotations;

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
