namespace ICP.Domain.Activities;

/// <summary>
/// The result of registering: a new registration, or the address's existing one (with new links).
/// The visitor is answered the same either way, so nobody learns who registered; only the e-mail
/// the address's owner receives differs.
/// </summary>
public sealed record RegistrationAttempt(ActivityRegistration Registration, bool IsNew);
