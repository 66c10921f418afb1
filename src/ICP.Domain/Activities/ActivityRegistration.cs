using ICP.Domain.Common;

namespace ICP.Domain.Activities;

/// <summary>
/// A member of the public registered for an online session or the closing conference. Changed only
/// through its <see cref="Activity"/>, which keeps the capacity and the waiting list; the confirm
/// and cancel links' tokens are stored hashed (<see cref="RegistrationToken"/>).
/// </summary>
public sealed class ActivityRegistration
{
    public const int NameLength = 200;
    public const int EmailLength = 254;
    public const int OrganisationLength = 200;
    public const int CultureLength = 10;

    private ActivityRegistration()
    {
        Name = string.Empty;
        Email = string.Empty;
        Organisation = string.Empty;
        CountryCode = string.Empty;
        Culture = string.Empty;
        ConfirmTokenHash = string.Empty;
        CancelTokenHash = string.Empty;
    }

    internal ActivityRegistration(RegistrationRequest request, string confirmTokenHash, string cancelTokenHash, DateTimeOffset now)
    {
        if (!request.Consent)
        {
            throw new ConsentRequiredException();
        }

        Name = Required(request.Name, NameLength);
        Email = NormaliseEmail(request.Email);
        Organisation = Required(request.Organisation, OrganisationLength);
        CountryCode = request.CountryCode?.Trim().ToUpperInvariant() is { Length: 2 } code && code.All(char.IsAsciiLetterUpper)
            ? code
            : throw new InvalidProgrammeDataException("A country is given by its two-letter ISO code.");
        Culture = Required(request.Culture, CultureLength);
        ConsentedAt = now.ToUniversalTime();
        RegisteredAt = now.ToUniversalTime();
        Status = RegistrationStatus.AwaitingConfirmation;
        ConfirmTokenHash = confirmTokenHash;
        CancelTokenHash = cancelTokenHash;
        ConcurrencyToken = Guid.NewGuid();
    }

    public int Id { get; private set; }

    public int ActivityId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Trimmed and lower-cased: one address, one registration per activity.</summary>
    public string Email { get; private set; }

    public string Organisation { get; private set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string CountryCode { get; private set; }

    /// <summary>The language the person registered in: their e-mails are written in it.</summary>
    public string Culture { get; private set; }

    /// <summary>When the person consented to the portal keeping their contact details for this activity.</summary>
    public DateTimeOffset ConsentedAt { get; private set; }

    public RegistrationStatus Status { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>When the person joined the waiting list: the list is served in this order.</summary>
    public DateTimeOffset? WaitingSince { get; private set; }

    /// <summary>When a waiting person was given a place (a cancellation, more capacity, or staff).</summary>
    public DateTimeOffset? PromotedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string ConfirmTokenHash { get; private set; }

    public string CancelTokenHash { get; private set; }

    /// <summary>Renewed on every change (SQLite has no rowversion).</summary>
    public Guid ConcurrencyToken { get; private set; }

    public bool IsActive => Status != RegistrationStatus.Cancelled;

    public static string NormaliseEmail(string email)
    {
        var trimmed = email?.Trim().ToLowerInvariant() ?? string.Empty;
        return trimmed.Length is > 2 and <= EmailLength && trimmed.Contains('@', StringComparison.Ordinal)
            ? trimmed
            : throw new InvalidProgrammeDataException("An e-mail address is needed.");
    }

    /// <summary>New links for the person (they registered again with the same address): the links e-mailed before stop working.</summary>
    internal void RenewTokens(string confirmTokenHash, string cancelTokenHash)
    {
        ConfirmTokenHash = confirmTokenHash;
        CancelTokenHash = cancelTokenHash;
        ConcurrencyToken = Guid.NewGuid();
    }

    internal void Confirm(bool placeFree, DateTimeOffset now)
    {
        ConfirmedAt = now.ToUniversalTime();
        if (placeFree)
        {
            Status = RegistrationStatus.Confirmed;
        }
        else
        {
            Status = RegistrationStatus.Waiting;
            WaitingSince = now.ToUniversalTime();
        }

        ConcurrencyToken = Guid.NewGuid();
    }

    internal void Promote(DateTimeOffset now)
    {
        Status = RegistrationStatus.Confirmed;
        PromotedAt = now.ToUniversalTime();
        ConcurrencyToken = Guid.NewGuid();
    }

    internal void Cancel(DateTimeOffset now)
    {
        Status = RegistrationStatus.Cancelled;
        CancelledAt = now.ToUniversalTime();
        ConcurrencyToken = Guid.NewGuid();
    }

    private static string Required(string value, int maxLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 && trimmed.Length <= maxLength
            ? trimmed
            : throw new InvalidProgrammeDataException($"A value of 1 to {maxLength} characters is needed.");
    }
}
