namespace ICP.Infrastructure.Identity;

/// <summary>
/// A request, made on a public form, for an account e-mail to an address (a password reset, the
/// confirmation link again). The form only records it, whatever the address: whether an account
/// exists, what its state is, the token and the message are all worked out afterwards, off the
/// request, so that neither the answer nor the time it takes tells a stranger whether the address
/// is registered.
/// </summary>
public sealed class AccountEmailRequest
{
    private AccountEmailRequest()
    {
        Email = string.Empty;
        LinkOrigin = string.Empty;
    }

    public AccountEmailRequest(AccountEmailKind kind, string email, string linkOrigin, DateTimeOffset requestedAt)
    {
        Kind = kind;
        Email = email.Trim();
        LinkOrigin = linkOrigin;
        RequestedAt = requestedAt.ToUniversalTime();
    }

    public long Id { get; private set; }

    public AccountEmailKind Kind { get; private set; }

    /// <summary>The address as typed on the form.</summary>
    public string Email { get; private set; }

    /// <summary>The portal's address the links in the message start with, as known when the request was made.</summary>
    public string LinkOrigin { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }
}
