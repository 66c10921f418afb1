namespace ICP.Domain.Activities;

/// <summary>What a member of the public gives to register; <paramref name="Culture"/> is the language their e-mails are written in.</summary>
public sealed record RegistrationRequest(string Name, string Email, string Organisation, string CountryCode, bool Consent, string Culture);
