namespace ICP.Web.Features.Accounts;

/// <summary>What a confirmation of identity came to.</summary>
public enum IdentityConfirmation
{
    Confirmed,
    WrongPassword,
    WrongCode,
    LockedOut,
}
