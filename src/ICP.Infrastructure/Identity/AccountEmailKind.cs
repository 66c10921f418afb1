namespace ICP.Infrastructure.Identity;

/// <summary>What an account e-mail request asks for.</summary>
public enum AccountEmailKind
{
    /// <summary>A link to confirm the address (after registering, or asked again): sent only while it is unconfirmed.</summary>
    Confirmation,

    /// <summary>A link to choose a new password: sent only to a confirmed address.</summary>
    PasswordReset,

    /// <summary>Someone tried to register with an address that already has an account: its owner is told.</summary>
    AccountExists,
}
